import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalFieldsJson, canonicalJson, contentHash, type DraftFields } from "./content-hash.js";

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

describe("canonicalJson", () => {
  it("sorts keys at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: null, e: "x" }], c: true } })).toBe(
      '{"a":{"c":true,"d":[2,{"e":"x","f":null}]},"b":1}',
    );
  });
});

describe("contentHash", () => {
  it("is a sha256 hex digest, stable under key order", () => {
    const reordered: DraftFields = { ...FIELDS, dateline: { outlet: "People", place: "Baghdad" } };
    expect(contentHash(FIELDS)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(reordered)).toBe(contentHash(FIELDS));
  });

  it("changes when anything shown changes", () => {
    expect(contentHash({ ...FIELDS, tags: ["baghdad", "iraq"] })).not.toBe(contentHash(FIELDS));
    expect(contentHash({ ...FIELDS, dateline: null })).not.toBe(contentHash(FIELDS));
  });
});

describe("contentHash, written in one call", () => {
  const hashOf = (fields: DraftFields) =>
    createHash("sha256")
      .update(
        canonicalJson({
          headline: fields.headline,
          slug: fields.slug,
          dateline: fields.dateline && { place: fields.dateline.place, outlet: fields.dateline.outlet },
          bodyHtml: fields.bodyHtml,
          bodyText: fields.bodyText,
          summary: fields.summary,
          tags: fields.tags,
          language: fields.language,
          direction: fields.direction,
        }),
      )
      .digest("hex");
  const tricky: DraftFields = {
    ...FIELDS,
    dateline: { place: "بغداد", outlet: null },
    bodyText: 'سطر "أول"\n\tثانٍ \\ \u0000 \ud800 🔴',
    tags: [],
  };

  it("hashes the canonical JSON of the shown fields", () => {
    for (const fields of [FIELDS, tricky, { ...FIELDS, dateline: null }])
      expect(contentHash(fields)).toBe(hashOf(fields));
  });

  it("gives the hashes stored by earlier versions", () => {
    expect(contentHash(FIELDS)).toBe("6e9e8a7b5b5efd2375a3bca69e824234e3e8285735125633e39390c4386b6f44");
    expect(contentHash(tricky)).toBe("b8ceb0499a9b97f9fc01daa27ecd882b3c1359f33b37fc9abc9d53ee26804428");
    expect(contentHash({ ...FIELDS, dateline: null })).toBe(
      "1ae1d1fb98574e9470db727694800a4e8a51caaca370e9d9e4d25ebe32f62c31",
    );
  });
});

describe("contentHash, fields of unexpected shapes", () => {
  it("hashes exactly the JSON of the fields whatever their shape", () => {
    const sparse = ["a"];
    sparse[2] = "b";
    const odd = [
      { ...FIELDS, tags: sparse },
      { ...FIELDS, dateline: undefined },
      { ...FIELDS, dateline: { place: "بغداد" } },
      { ...FIELDS, headline: 7 },
    ] as unknown as DraftFields[];
    for (const fields of odd)
      expect(contentHash(fields)).toBe(
        createHash("sha256").update(canonicalFieldsJson(fields)).digest("hex"),
      );
  });
});
