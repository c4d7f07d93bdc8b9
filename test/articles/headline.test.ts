import { describe, expect, it } from "vitest";
import { cleanHeadline, extractHeadline, readsAsHeadline } from "../../src/articles/headline.js";
import { richText } from "../../src/articles/rich-text.js";
import { entityAt } from "./test-entities.js";
import { randomTexts } from "./test-strings.js";

describe("readsAsHeadline", () => {
  it("accepts a short single-sentence line", () => {
    expect(readsAsHeadline("Parliament approves the new budget")).toBe(true);
    expect(readsAsHeadline("Parliament approves the new budget.")).toBe(true);
    expect(readsAsHeadline("البرلمان يقر الموازنة الجديدة")).toBe(true);
    expect(readsAsHeadline("Will the bridge reopen?")).toBe(true);
  });

  it("rejects long lines, several sentences, and lines announcing more", () => {
    expect(readsAsHeadline("word ".repeat(40))).toBe(false);
    expect(readsAsHeadline("The bridge reopened. Traffic resumed.")).toBe(false);
    expect(readsAsHeadline("The ministry announced the following:")).toBe(false);
    expect(readsAsHeadline("And then,")).toBe(false);
    expect(readsAsHeadline("🔴🔴🔴")).toBe(false);
  });
});

describe("extractHeadline", () => {
  it("takes a first line that reads as a headline, and removes it from the body", () => {
    const text = "🔴 Parliament approves the new budget.\nThe vote passed late on Sunday.";
    const result = extractHeadline(richText(text, [entityAt(text, "Sunday", "bold")]));
    expect(result.source).toBe("line");
    expect(result.headline).toBe("Parliament approves the new budget");
    expect(result.body).toEqual({
      text: "The vote passed late on Sunday.",
      entities: [{ type: "bold", offset: 24, length: 6 }],
    });
  });

  it("drops a one-word label before a bar", () => {
    const result = extractHeadline(
      richText("🔴 عاجل | انفجار يهز وسط المدينة\nقالت مصادر إن الانفجار وقع صباحا."),
    );
    expect(result.headline).toBe("انفجار يهز وسط المدينة");
  });

  it("takes a first line that is entirely bold even when it ends with a colon", () => {
    const text = "Ministry statement on the flood response:\nThe ministry said teams were deployed.";
    const result = extractHeadline(
      richText(text, [entityAt(text, "Ministry statement on the flood response:", "bold")]),
    );
    expect(result.source).toBe("line");
    expect(result.headline).toBe("Ministry statement on the flood response");
    expect(result.body.text).toBe("The ministry said teams were deployed.");
  });

  it("takes a leading bold run of a longer line and keeps the rest as body", () => {
    const text =
      "Flood waters recede in the south: The civil defence said on Tuesday that the water level fell overnight. Residents began to return.";
    const result = extractHeadline(
      richText(text, [entityAt(text, "Flood waters recede in the south:", "bold")]),
    );
    expect(result.source).toBe("bold");
    expect(result.headline).toBe("Flood waters recede in the south");
    expect(result.body.text.startsWith("The civil defence said")).toBe(true);
    expect(result.body.entities).toEqual([]);
  });

  it("ignores a one-word bold kicker and falls back to the first sentence", () => {
    const text =
      "Breaking: the civil defence said on Tuesday that the water level fell overnight. More later.";
    const result = extractHeadline(richText(text, [entityAt(text, "Breaking:", "bold")]));
    expect(result.source).toBe("sentence");
    expect(result.headline).toBe(
      "Breaking: the civil defence said on Tuesday that the water level fell overnight",
    );
  });

  it("cuts a long first sentence at a word and keeps the full text in the body", () => {
    const text =
      "The civil defence directorate said on Tuesday that the water level in the southern marshes fell overnight after the dam gates were partly closed, allowing hundreds of families to return.";
    const result = extractHeadline(richText(text));
    expect(result.source).toBe("sentence");
    expect(result.headline.endsWith("…")).toBe(true);
    expect(Array.from(result.headline).length).toBeLessThanOrEqual(110);
    expect(result.body.text).toBe(text);
  });

  it("returns an empty headline for text without words", () => {
    expect(extractHeadline(richText("  "))).toEqual({ headline: "", body: richText(""), source: "none" });
  });
});

describe("cleanHeadline", () => {
  it("agrees with replacing decoration by regexes", () => {
    const byDefinition = (text: string) =>
      text
        .replace(/\s+/gu, " ")
        .replace(/^(?:[\s\p{Extended_Pictographic}\p{So}•▪◾■►▶|\-–—]|\u{FE0F}|\u{200D})+/u, "")
        .replace(/^[\p{L}\p{N}]+\s*[|｜]\s*/u, "")
        .replace(/(?:[\s\p{Extended_Pictographic}]|\u{FE0F}|\u{200D})+$/u, "")
        .replace(/[\s.:،,;|\-–—]+$/u, "");
    const texts = [
      ...randomTexts(10, 1500, 12),
      "عاجل | خبر 🔴️\u200d",
      "Title 👨‍👩‍👧",
      "x \ud83d",
      "🔴\udc00",
    ];
    for (const text of texts) expect(cleanHeadline(text)).toBe(byDefinition(text));
  });
});
