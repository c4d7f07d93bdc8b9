import { describe, expect, it } from "vitest";
import { EMPTY_SLUG, MAX_SLUG_LENGTH, permalinkPath, slugify } from "../../src/articles/slug.js";
import { randomTexts, seededRandom } from "./test-strings.js";

describe("slugify", () => {
  it("lower-cases and joins words with hyphens", () => {
    expect(slugify("US forces join the ‘new mission’ in Iraq!")).toBe(
      "us-forces-join-the-new-mission-in-iraq",
    );
    expect(slugify("Iraq's budget: 2024 — approved")).toBe("iraqs-budget-2024-approved");
  });

  it("keeps Arabic letters, without diacritics or tatweel", () => {
    expect(slugify("وزيرُ الصحّة يعلـــن: افتتاح مستشفى جديد")).toBe("وزير-الصحة-يعلن-افتتاح-مستشفى-جديد");
  });

  it("applies NFKC (full-width letters, ligatures)", () => {
    expect(slugify("ＮＡＴＯ ﬁnal")).toBe("nato-final");
  });

  it("cuts at a word boundary", () => {
    const slug = slugify("word ".repeat(30));
    expect(Array.from(slug).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith("word")).toBe(true);
  });

  it("falls back to 'post' when nothing is left", () => {
    expect(slugify("🔴 … 🔴")).toBe(EMPTY_SLUG);
  });
});

describe("permalinkPath", () => {
  it("pads the date and percent-encodes the slug", () => {
    expect(permalinkPath({ y: 2021, m: 2, d: 19 }, "us-forces")).toBe("/2021/02/19/us-forces/");
    expect(permalinkPath({ y: 2021, m: 12, d: 1 }, "بغداد")).toBe(
      "/2021/12/01/%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF/",
    );
  });
});

/** slugify as first written, with a regex replace per step: the word-by-word version must agree. */
function byDefinition(headline: string): string {
  const slug = headline
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/gu, "")
    .replace(/\u0640/gu, "")
    .replace(/['’ʼ]/gu, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const chars = Array.from(slug);
  if (chars.length <= MAX_SLUG_LENGTH) return slug || EMPTY_SLUG;
  const kept = chars.slice(0, MAX_SLUG_LENGTH);
  if (chars[MAX_SLUG_LENGTH] !== "-") {
    const lastHyphen = kept.lastIndexOf("-");
    if (lastHyphen > 0) kept.length = lastHyphen;
  }
  return kept.join("").replace(/^-+|-+$/g, "") || EMPTY_SLUG;
}

describe("slugify, word by word", () => {
  it("agrees with the regex definition on random text", () => {
    for (const text of randomTexts(6, 2000, 60)) expect(slugify(text)).toBe(byDefinition(text));
  });
});

describe("slugify, for headlines of plain words", () => {
  const WORDS = [
    "خطة",
    "مسؤول",
    "الوزارة",
    "Baghdad",
    "IRAQ",
    "Мосул",
    "ПРИВЕТ",
    "2024",
    "ß",
    "ÉTÉ",
    "İstanbul",
    "ΣΑΣ",
    "x",
  ];

  it("agrees with the regex definition on words joined by single spaces", () => {
    const random = seededRandom(14);
    for (let round = 0; round < 2000; round++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 20) }, () => {
        const word = WORDS[Math.floor(random() * WORDS.length)] ?? "";
        return random() < 0.3 ? word.toUpperCase() : word;
      });
      const headline = words.join(" ");
      expect(slugify(headline)).toBe(byDefinition(headline));
    }
  });

  it("relies on NFKC leaving every pair of Latin, Cyrillic and Arabic letters and digits alone", () => {
    const plain: string[] = [" "];
    for (const [from, to] of [
      [0x0000, 0x0250],
      [0x0400, 0x0500],
      [0x0600, 0x0700],
    ] as const) {
      for (let code = from; code < to; code++) {
        const char = String.fromCharCode(code);
        const lower = char.toLowerCase();
        if (/^[\p{L}\p{N}]$/u.test(char) && char.normalize("NFKC") === char && lower.length === 1)
          plain.push(char);
      }
    }
    const changed: string[] = [];
    for (const first of plain)
      for (const second of plain) {
        const pair = first + second;
        if (pair.normalize("NFKC") !== pair) changed.push(pair);
      }
    expect(changed).toEqual([]);
  });
});
