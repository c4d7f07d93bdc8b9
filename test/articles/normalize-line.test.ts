import { describe, expect, it } from "vitest";
import { producersOf } from "../../src/articles/line-producers.js";
import {
  containsWords,
  firstNormalizedUnit,
  lastNormalizedUnit,
  NO_UNIT,
  normalizedUnits,
  normalizeLine,
  normalizeLineWithin,
  UNKNOWN_UNIT,
  unitsToString,
} from "../../src/articles/normalize-line.js";
import { normalizedByDefinition as byDefinition, randomTexts } from "./test-strings.js";

describe("normalizeLine", () => {
  it("drops emoji, quotes and punctuation, collapses spaces and lower-cases", () => {
    expect(normalizeLine("  👈 The “People” channel on Telegram …  our latest updates, always!! ")).toBe(
      "the people channel on telegram our latest updates always",
    );
  });

  it("drops Arabic diacritics and tatweel, and Latin accents", () => {
    expect(normalizeLine("قَنـــاة الناس")).toBe(normalizeLine("قناة الناس"));
    expect(normalizeLine("Café Société")).toBe("cafe societe");
  });

  it("is idempotent", () => {
    const once = normalizeLine("🔻 تابعونا على تيليجرام: t.me/people 🔻");
    expect(normalizeLine(once)).toBe(once);
  });
});

describe("normalizeLine, read a code point at a time", () => {
  it("agrees with its definition for every BMP code unit, alone and between letters", () => {
    const disagreements: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      for (const line of [char, `a${char}b`, `${char}\u0301Σ`]) {
        if (normalizeLine(line) !== byDefinition(line)) disagreements.push(line);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("agrees with its definition on random text", () => {
    for (const text of randomTexts(1, 3000)) expect(normalizeLine(text)).toBe(byDefinition(text));
  });

  it("stops as soon as the line is longer than asked", () => {
    expect(normalizeLineWithin("Join us, now!", 10)).toBeNull();
    expect(normalizeLineWithin("Join us, now!", 11)).toBe("join us now");
    expect(normalizeLineWithin("ｊｏｉｎ ﷺ", 8)).toBeNull();
  });

  it("reads the line in place from a longer text", () => {
    const text = "First line\n🔴 JOIN  us\ud83d\nlast";
    const units = normalizedUnits(text, Number.POSITIVE_INFINITY, 11, 22);
    expect(units && unitsToString(units)).toBe(byDefinition("🔴 JOIN  us\ud83d"));
  });
});

describe("containsWords", () => {
  it("finds a phrase as whole words only", () => {
    const units = (line: string) => normalizedUnits(line, Number.POSITIVE_INFINITY) ?? new Uint16Array();
    expect(containsWords(units("join us on telegram"), "us on")).toBe(true);
    expect(containsWords(units("join us on telegram"), "join")).toBe(true);
    expect(containsWords(units("join us on telegram"), "telegram")).toBe(true);
    expect(containsWords(units("rejoin us"), "join us")).toBe(false);
    expect(containsWords(units("join usa"), "join us")).toBe(false);
    expect(containsWords(units("join"), "join us")).toBe(false);
  });
});

describe("producersOf", () => {
  it("matches every line whose normalized form holds the letter", () => {
    const lines = [
      ...randomTexts(2, 1500, 12),
      "𝐣𝐨𝐢𝐧",
      "ǰ",
      "Ĵ",
      "ＪＯＩＮ",
      "ǉ",
      "ΣΑΣ",
      "ﷺ",
      "ﻻ",
      "آلاف",
      "¼",
    ];
    for (const letter of ["j", "k", "s", "a", "σ", "ς", "ا", "ل", "1"]) {
      const pattern = producersOf(letter.charCodeAt(0));
      const missed = lines.filter((line) => byDefinition(line).includes(letter) && !pattern.test(line));
      expect(missed).toEqual([]);
    }
  });

  it("does not match most lines without the letter", () => {
    expect(producersOf("j".charCodeAt(0)).test("قال مسؤول في الوزارة – «الناس»، دائماً")).toBe(false);
    expect(producersOf("j".charCodeAt(0)).test("The ministry said “no”… again")).toBe(false);
  });
});

describe("firstNormalizedUnit and lastNormalizedUnit", () => {
  /** The edge units as read, or what normalizing gives there when they say they cannot tell. */
  function agrees(text: string): boolean {
    const normalized = byDefinition(text);
    const first = firstNormalizedUnit(text, 0, text.length);
    const last = lastNormalizedUnit(text, 0, text.length);
    const edge = (unit: number, expected: number) =>
      unit === UNKNOWN_UNIT || (unit === NO_UNIT ? normalized === "" : unit === expected);
    return edge(first, normalized.charCodeAt(0)) && edge(last, normalized.charCodeAt(normalized.length - 1));
  }

  it("give the normalized line's first and last unit, or say they cannot tell", () => {
    const texts = [...randomTexts(13, 3000, 20), "🔴 قناة الناس 🔴", "  ", "\ud800", "Σ", "أخبارنا، دائماً!"];
    for (let code = 0; code < 0x10000; code += 7)
      texts.push(`${String.fromCharCode(code)}ab`, `ab${String.fromCharCode(code)}`);
    expect(texts.filter((text) => !agrees(text))).toEqual([]);
  });

  it("read only the given range", () => {
    const text = "xx\n  قناة الناس \nyy";
    expect(String.fromCharCode(firstNormalizedUnit(text, 3, text.length - 3))).toBe("ق");
    expect(String.fromCharCode(lastNormalizedUnit(text, 3, text.length - 3))).toBe("س");
    expect(firstNormalizedUnit(text, 3, 5)).toBe(NO_UNIT);
  });
});
