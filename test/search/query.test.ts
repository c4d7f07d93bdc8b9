import { describe, expect, it } from "vitest";
import { analyze } from "../../src/search/analyze.js";
import { analyzeQuery, hasRequiredTerms, highlightTerms, MAX_QUERY_TERMS } from "../../src/search/query.js";

describe("analyzeQuery", () => {
  it("analyses bare words like documents", () => {
    expect(analyzeQuery("Troops ANNOUNCED الرئيس")).toEqual({
      terms: ["troop", "announc", "رييس"],
      phrases: [],
      excluded: [],
      excludedPhrases: [],
    });
  });

  it("reads quoted phrases in straight, curly and angle quotes", () => {
    const query = analyzeQuery('"climate change" “power cuts” «وزارة الصحة»');
    expect(query.phrases).toEqual([analyze("climate change"), analyze("power cuts"), analyze("وزارة الصحة")]);
    expect(query.terms).toEqual([]);
  });

  it("reads an unterminated quote as a phrase to the end", () => {
    expect(analyzeQuery('gaza "ceasefire talks').phrases).toEqual([analyze("ceasefire talks")]);
  });

  it("makes a one-term phrase a plain term", () => {
    expect(analyzeQuery('"Basra"')).toMatchObject({ terms: ["basra"], phrases: [] });
  });

  it("excludes -words and -phrases", () => {
    expect(analyzeQuery('elections -sport -"state media" -كرة')).toEqual({
      terms: ["elect"],
      phrases: [],
      excluded: ["sport", "كر"], // كرة → كره → كر (light10 strips the ه)
      excludedPhrases: [["state", "media"]],
    });
  });

  it("treats a hyphen inside a word as part of it, and a word that splits as a phrase", () => {
    expect(analyzeQuery("COVID-19 al-Qaeda")).toMatchObject({
      terms: [],
      phrases: [
        ["covid", "19"],
        ["al", "qaeda"],
      ],
    });
  });

  it("ignores a lone dash, empty quotes and punctuation", () => {
    expect(analyzeQuery(' - "" !!! ')).toEqual({ terms: [], phrases: [], excluded: [], excludedPhrases: [] });
  });

  it("deduplicates terms", () => {
    expect(analyzeQuery("forces force FORCES").terms).toEqual(["forc"]);
  });

  it(`keeps at most ${MAX_QUERY_TERMS} terms, phrases and exclusions included`, () => {
    const words = Array.from({ length: 50 }, (_, i) => `word${i}`);
    const query = analyzeQuery(`"alpha beta" -gamma ${words.join(" ")}`);
    const count = query.terms.length + query.phrases.flat().length + query.excluded.length;
    expect(count).toBe(MAX_QUERY_TERMS);
    expect(query.terms.at(-1)).toBe("word28");
  });

  it("tells whether there is anything to search for", () => {
    expect(hasRequiredTerms(analyzeQuery("-sport"))).toBe(false);
    expect(hasRequiredTerms(analyzeQuery('"state media"'))).toBe(true);
    expect(hasRequiredTerms(analyzeQuery("بغداد"))).toBe(true);
  });

  it("lists the positive terms for highlighting", () => {
    expect(highlightTerms(analyzeQuery('power "power cuts" -sport'))).toEqual(["power", "cut"]);
  });
});
