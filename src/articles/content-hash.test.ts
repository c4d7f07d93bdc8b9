import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash, type DraftFields } from "./content-hash.js";

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
