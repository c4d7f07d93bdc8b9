import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  contentHash,
  contentHashOfPacked,
  type DraftFields,
  headerLine,
} from "../../src/articles/content-hash.js";
import { seededRandom, textOfPieces } from "./test-strings.js";

const FIELDS: DraftFields = {
  headline: "Schools reopen",
  slug: "schools-reopen",
  dateline: { place: "Baghdad", outlet: "People" },
  bodyHtml: "<p>Classes resume.</p>",
  bodyText: "Classes resume.",
  summary: "Classes resume.",
  tags: ["baghdad"],
  language: "en",
  direction: "ltr",
};

const TRICKY: DraftFields = {
  ...FIELDS,
  headline: 'عنوان "مقتبس"',
  dateline: { place: "بغداد", outlet: null },
  bodyText: 'سطر "أول"\n\tثانٍ \\ \u0000 \ud800 🔴',
  tags: [],
};

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Packs the long texts back to back and the header line after them, as an import's prepare worker does. */
function packed(f: DraftFields): string {
  const texts = [utf8(f.bodyHtml), utf8(f.bodyText), utf8(f.summary)];
  const lengths = { bodyHtml: texts[0]!.length, bodyText: texts[1]!.length, summary: texts[2]!.length };
  const parts = [...texts, utf8(headerLine(f, lengths))];
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return contentHashOfPacked(bytes);
}

describe("contentHash", () => {
  it("hashes the three texts and the header line, as content-hash.ts documents", () => {
    for (const f of [FIELDS, TRICKY, { ...FIELDS, dateline: null }]) {
      const [html, text, summary] = [utf8(f.bodyHtml), utf8(f.bodyText), utf8(f.summary)];
      const head = [
        "content-v2",
        f.headline,
        f.dateline?.place ?? null,
        f.dateline?.outlet ?? null,
        f.language,
        f.direction,
        f.tags,
        html.length,
        text.length,
        summary.length,
      ];
      const expected = createHash("sha256")
        .update(html)
        .update(text)
        .update(summary)
        .update(`\n${JSON.stringify(head)}`)
        .digest("hex");
      expect(contentHash(f)).toBe(expected);
    }
  });

  it("changes when anything shown changes, and not with the slug", () => {
    const base = contentHash(FIELDS);
    const changed: DraftFields[] = [
      { ...FIELDS, headline: "Schools reopen today" },
      { ...FIELDS, dateline: null },
      { ...FIELDS, dateline: { place: "Baghdad", outlet: null } },
      { ...FIELDS, dateline: { place: "Basra", outlet: "People" } },
      { ...FIELDS, bodyHtml: "<p>Classes <b>resume</b>.</p>" },
      { ...FIELDS, bodyText: "Classes resume!" },
      { ...FIELDS, summary: "Classes…" },
      { ...FIELDS, tags: ["baghdad", "iraq"] },
      { ...FIELDS, language: "ar" },
      { ...FIELDS, direction: "rtl" },
    ];
    const hashes = changed.map(contentHash);
    for (const h of hashes) expect(h).not.toBe(base);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(contentHash({ ...FIELDS, slug: "another-slug" })).toBe(base);
  });

  it("tells where one text ends and the next begins", () => {
    // The same bytes back to back, cut in other places.
    const textEnd = { ...FIELDS, bodyText: `${FIELDS.bodyText}x` };
    const summaryStart = { ...FIELDS, summary: `x${FIELDS.summary}` };
    expect(contentHash(textEnd)).not.toBe(contentHash(summaryStart));
  });

  it("keeps the hashes stored since version 2 (changing them needs a migration)", () => {
    expect(contentHash(FIELDS)).toBe("8aa60b6ddaf0283619d2f052a9b17ffbe0df82146d8ab7df4ec879a572eb69e6");
    expect(contentHash(TRICKY)).toBe("13635fc98ccb9973e6cb2a615a6aacb3e391108aef1d393ab386e8c30e1a868a");
  });
});

describe("contentHashOfPacked", () => {
  it("equals contentHash on texts of every kind, lone surrogates included", () => {
    const pieces = ["سلام", "word", " ", "\n\n", '"', "\\", "\u0000", "\ud800", "\udfff", "🔴", "é", "<p>"];
    const random = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const f: DraftFields = {
        ...TRICKY,
        bodyHtml: textOfPieces(random, pieces, 40),
        bodyText: textOfPieces(random, pieces, 30),
        summary: textOfPieces(random, pieces, 10),
        tags: i % 2 ? [] : ["وسم", textOfPieces(random, pieces, 3)],
      };
      expect(packed(f)).toBe(contentHash(f));
    }
    expect(packed(FIELDS)).toBe(contentHash(FIELDS));
    // Halves of a pair in two texts stay two lone surrogates.
    const split = { ...FIELDS, bodyHtml: "a\ud83d", bodyText: "\udd34b" };
    expect(packed(split)).toBe(contentHash(split));
  });
});
