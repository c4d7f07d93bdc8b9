import { describe, expect, it } from "vitest";
import { rankHits } from "../../src/search/rank-hits.js";
import { candidateTerms, MAX_CANDIDATE_TERMS } from "../../src/search/related-terms.js";
import { parseCalendarDate, parseSearchParams } from "../../src/search/search-params.js";

describe("search parameters", () => {
  it("reads a plain search, trims it, and takes blank filters as absent", () => {
    const r = parseSearchParams({ q: "  bridge  ", channel: "", tag: " ", from: "", to: "", page: "" });
    expect(r).toEqual({ ok: true, request: { q: "bridge", page: 1 } });
    expect(parseSearchParams({})).toEqual({ ok: true, request: { q: "", page: 1 } });
  });

  it("reads every filter", () => {
    const r = parseSearchParams({
      q: "x",
      channel: "Courier",
      tag: "Energy",
      from: "2024-02-29",
      to: "2024-03-01",
      page: "3",
    });
    expect(r).toEqual({
      ok: true,
      request: { q: "x", channel: "Courier", tag: "Energy", from: "2024-02-29", to: "2024-03-01", page: 3 },
    });
  });

  it("refuses what it cannot use, saying why", () => {
    const message = (params: Record<string, string>) => {
      const r = parseSearchParams(params);
      return r.ok ? null : r.message;
    };
    expect(message({ q: "x".repeat(201) })).toContain("200 characters");
    expect(message({ q: "x".repeat(200) })).toBeNull();
    expect(message({ q: "x", from: "2023-02-29" })).toContain("YYYY-MM-DD");
    expect(message({ q: "x", to: "15/03/2024" })).toContain("YYYY-MM-DD");
    expect(message({ q: "x", from: "2024-03-02", to: "2024-03-01" })).toContain("from");
    expect(message({ q: "x", page: "51" })).toContain("50");
    expect(message({ q: "x", page: "1.5" })).toContain("page");
    expect(message({ q: "x", channel: "no spaces please" })).toContain("channel");
  });

  it("knows real calendar dates", () => {
    expect(parseCalendarDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate("2023-02-29")).toBeNull();
    expect(parseCalendarDate("2024-13-01")).toBeNull();
    expect(parseCalendarDate("1969-12-31")).toBeNull();
  });
});

describe("ranking", () => {
  const now = new Date(Date.UTC(2024, 5, 1));
  const day = (d: number) => Date.UTC(2024, 5, 1) / 1000 - d * 86_400;

  it("puts a fresh match above an equal old one, but not above a much better one", () => {
    const ranked = rankHits(
      [
        { articleId: 1, publishedAt: day(300), relevance: 1 },
        { articleId: 2, publishedAt: day(0), relevance: 1 },
        { articleId: 3, publishedAt: day(300), relevance: 5 },
      ],
      now,
    );
    expect(ranked.map((h) => h.articleId)).toEqual([3, 2, 1]);
  });

  it("orders ties by time then id, so pages are stable", () => {
    const hits = [1, 2, 3].map((articleId) => ({ articleId, publishedAt: day(1), relevance: 1 }));
    expect(rankHits(hits, now).map((h) => h.articleId)).toEqual([3, 2, 1]);
    expect(rankHits([...hits].reverse(), now).map((h) => h.articleId)).toEqual([3, 2, 1]);
  });
});

describe("related-article terms", () => {
  it("takes headline terms first, then the body's most repeated, skipping short words and numbers", () => {
    const terms = candidateTerms(
      "Floods in Basra",
      "The river rose. Rain, rain and more rain; 2024 was wet. The river again.",
    );
    expect(terms.slice(0, 2)).toEqual(["flood", "basra"]);
    expect(terms[2]).toBe("rain");
    expect(terms).toContain("river");
    expect(terms).not.toContain("in");
    expect(terms).not.toContain("2024");
  });

  it("keeps at most MAX_CANDIDATE_TERMS", () => {
    const body = Array.from({ length: 50 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`).join(
      " ",
    );
    expect(candidateTerms("", body)).toHaveLength(MAX_CANDIDATE_TERMS);
  });
});
