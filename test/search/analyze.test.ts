import { describe, expect, it } from "vitest";
import { analyze, analyzeForIndex, analyzeToken } from "../../src/search/analyze.js";
import { forEachToken } from "../../src/search/tokenize.js";

/** Asserts that each of `texts` analyses to the same terms. */
function expectSameTerms(texts: string[]): void {
  const first = analyze(texts[0] ?? "");
  for (const text of texts) expect(analyze(text), text).toEqual(first);
}

describe("analyze", () => {
  it("stems English and Arabic words of one text, in order", () => {
    expect(analyze("Troops announced: الرئيس في المدينة")).toEqual([
      "troop",
      "announc",
      "رييس",
      "في",
      "مدين",
    ]);
  });

  it("matches the spelling variants readers and writers mix", () => {
    expectSameTerms(["الرئيس", "رئيس", "والرئيس", "للرئيس"]);
    expectSameTerms(["مدينة", "المدينه", "مدينه"]);
    expectSameTerms(["إعلان", "اعلان", "الإعلان"]);
    expectSameTerms(["مُحَمَّد", "محمد"]);
    expectSameTerms(["بـغـداد", "بغداد"]);
    expectSameTerms(["مستشفى", "مستشفي"]);
    expectSameTerms(["Forces announced", "force announcement", "FORCES ANNOUNCES"]);
  });

  it("applies NFKC: full-width letters, ligatures, Arabic presentation forms", () => {
    expectSameTerms(["ＢＢＣ", "BBC", "bbc"]);
    expectSameTerms(["ﬁnance", "finance"]);
    expectSameTerms(["ﻣﺪﻳﻨﺔ", "مدينة"]);
  });

  it("lower-cases without locale surprises and folds Latin accents", () => {
    expect(analyze("İstanbul")).toEqual(analyze("istanbul"));
    expectSameTerms(["Erdoğan", "Erdogan", "ERDOĞAN"]);
    expectSameTerms(["café", "cafe", "CAFÉ"]);
  });

  it("turns Arabic-Indic digits into ASCII and splits them from attached letters", () => {
    expect(analyze("٢٠٢٤")).toEqual(["2024"]);
    expect(analyze("عام ٢٠٢٤م")).toEqual(analyze("عام 2024"));
  });

  it("drops single letters but keeps single digits", () => {
    expect(analyze("a 5 b 10 و x")).toEqual(["5", "10"]);
  });

  it("keeps other scripts lower-cased as they are", () => {
    expect(analyze("МОСКВА Киев")).toEqual(["москва", "киев"]);
  });

  it("drops tokens too long to be words", () => {
    expect(analyze(`id ${"f".repeat(65)} end`)).toEqual(["id", "end"]);
  });

  it("returns nothing for text without words", () => {
    expect(analyze("")).toEqual([]);
    expect(analyze(" — !! 🔥 ")).toEqual([]);
  });

  it("makes terms that no database tokenizer will split", () => {
    const text = "Don't panic: O’Brien’s «عاجل» — ٢٠٢٤م، Zürich; rock'n'roll ﷺ";
    for (const term of analyze(text)) expect(term).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
    expect(analyze("Don't O’Brien’s")).toEqual(["dont", "obrien"]);
  });

  it("gives the same terms when called again (the term cache is invisible)", () => {
    const text = "The ministry announced new hospitals في بغداد";
    expect(analyze(text)).toEqual(analyze(text));
  });
});

describe("analyzeForIndex", () => {
  it("joins the terms with single spaces", () => {
    expect(analyzeForIndex("  Breaking:\n\nالرئيس   announced  ")).toBe("break رييس announc");
  });
});

describe("analyze, token by token", () => {
  it("never joins words through NFKC: a symbol that becomes letters stays a separator", () => {
    expect(analyze("Apple™ Inc")).toEqual(["appl", "inc"]);
    expect(analyze("5㎏")).toEqual(["5"]);
  });

  it("splits a token that NFKC expands into several words", () => {
    expect(analyze("ﷺ")).toEqual(analyze("صلى الله عليه وسلم"));
    expect(analyze("½")).toEqual(["1", "2"]);
  });

  it("equals the concatenation of analyzeToken over the tokens", () => {
    const text = "Apple™ ﷺ Troops' ٢٠٢٤م — وللرئيس O’Brien x";
    const terms: string[] = [];
    forEachToken(text, (start, end, script) => terms.push(...analyzeToken(text.slice(start, end), script)));
    expect(analyze(text)).toEqual(terms);
  });
});
