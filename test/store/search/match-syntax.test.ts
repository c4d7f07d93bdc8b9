// The query and document syntax each dialect receives: terms always quoted, filters and fields right.
import { describe, expect, it } from "vitest";
import { tsqueryLiteral, tsvectorLiteral } from "../../../src/store/search/dialect/postgres-text-search.js";
import { docKey, keyRange, MAX_ARTICLE_ID } from "../../../src/store/search/dialect/sqlite-doc-key.js";
import { channelFacet, fts5Expression, tagFacet } from "../../../src/store/search/dialect/sqlite-match.js";
import type { MatchSpec } from "../../../src/store/search/match-spec.js";

const spec = (over: Partial<MatchSpec>): MatchSpec => ({ mode: "all", phrases: [], excluded: [], ...over });

describe("FTS5 expressions", () => {
  it("quotes every term, so none reads as an operator or a column", () => {
    expect(fts5Expression(spec({ phrases: [["and"], ["or"], ["near"], ["x"]] }))).toBe(
      '{headline body} : ("and" AND "or" AND "near" AND "x")',
    );
    expect(fts5Expression(spec({ phrases: [['a"b']] }))).toBe('{headline body} : ("a""b")');
  });

  it("writes phrases, exclusions, any-of and headline-only", () => {
    expect(fts5Expression(spec({ phrases: [["agreement", "talk"]], excluded: [["rain"], ["a", "b"]] }))).toBe(
      '({headline body} : ("agreement talk")) NOT ({headline body} : ("rain" OR "a b"))',
    );
    expect(fts5Expression(spec({ mode: "any", phrases: [["x"], ["y"]] }))).toBe(
      '{headline body} : ("x" OR "y")',
    );
    expect(fts5Expression(spec({ phrases: [["x"]], headlineOnly: true }))).toBe('{headline} : ("x")');
  });

  it("filters by channel and tag through facet terms, and asks for nothing without a phrase", () => {
    expect(fts5Expression(spec({ phrases: [["x"]], channelId: 7, tag: "Energy" }))).toBe(
      `({headline body} : ("x")) AND ({facets} : ("c7" AND "${tagFacet("energy")}"))`,
    );
    expect(channelFacet(12)).toBe("c12");
    expect(tagFacet("العراق")).toMatch(/^t[0-9a-f]{16}$/);
    expect(tagFacet("Breaking_News")).toBe(tagFacet("breaking_news"));
    expect(fts5Expression(spec({ excluded: [["x"]] }))).toBeNull();
  });
});

describe("document keys", () => {
  it("sort newest first, then by id", () => {
    expect(docKey(1001, 1) < docKey(1000, 5)).toBe(true);
    expect(docKey(1000, 5) < docKey(1000, 6)).toBe(true);
  });

  it("bound a time range: from inclusive, to exclusive", () => {
    const [low, high] = keyRange(1000, 2000);
    const inside = (t: number, id: number) => docKey(t, id) >= low && docKey(t, id) < high;
    expect(inside(1000, 0)).toBe(true);
    expect(inside(1000, MAX_ARTICLE_ID)).toBe(true);
    expect(inside(1999, 0)).toBe(true);
    expect(inside(1999, MAX_ARTICLE_ID)).toBe(true);
    expect(inside(999, MAX_ARTICLE_ID)).toBe(false);
    expect(inside(2000, 0)).toBe(false);
    const [all, none] = keyRange(undefined, undefined);
    expect(docKey(0, 0) >= all && docKey(2 ** 33, MAX_ARTICLE_ID) < none).toBe(true);
  });

  it("refuse ids that do not fit", () => {
    expect(() => docKey(1000, MAX_ARTICLE_ID + 1)).toThrow(RangeError);
  });
});

describe("PostgreSQL literals", () => {
  it("quotes lexemes and writes phrases and exclusions", () => {
    expect(tsqueryLiteral(spec({ phrases: [["it's"], ["a", "b"]], excluded: [["c"]] }))).toBe(
      "('it''s' & ('a' <-> 'b')) & !'c'",
    );
    expect(tsqueryLiteral(spec({ mode: "any", phrases: [["x"], ["y"]] }))).toBe("('x' | 'y')");
    expect(tsqueryLiteral(spec({ phrases: [["x", "y"]], headlineOnly: true }))).toBe("(('x':A <-> 'y':A))");
    expect(tsqueryLiteral(spec({ phrases: [["back\\slash"]] }))).toBe("('back\\\\slash')");
    expect(tsqueryLiteral(spec({}))).toBeNull();
  });

  it("weighs headline terms A, leaves a gap before the body, merges repeats", () => {
    expect(tsvectorLiteral(["bridge", "open"], ["bridge", "repair"])).toBe(
      "'bridge':1A,4 'open':2A 'repair':5",
    );
    expect(tsvectorLiteral([], [])).toBe("");
  });
});
