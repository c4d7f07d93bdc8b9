import { describe, expect, it } from "vitest";
import { arabicTerm, normalizeArabic, stemArabic } from "../../src/search/arabic.js";

/** Asserts that all `words` share one search term, and returns it. */
function expectSameTerm(words: string[]): string {
  const terms = words.map(arabicTerm);
  expect(new Set(terms).size, `${words.join(" / ")} → ${terms.join(" / ")}`).toBe(1);
  return terms[0] ?? "";
}

describe("normalizeArabic", () => {
  it("drops harakat, tanween, shadda, sukun, superscript alef and tatweel", () => {
    expect(normalizeArabic("مُحَمَّدٌ")).toBe("محمد");
    expect(normalizeArabic("هٰذا")).toBe("هذا");
    expect(normalizeArabic("بـغـداد")).toBe("بغداد");
    expect(normalizeArabic("كِتَابْ")).toBe("كتاب");
  });

  it("unifies alef forms and hamza seats", () => {
    expect(normalizeArabic("أحمد إعلان آمال ٱلرحمن")).toBe("احمد اعلان امال الرحمن");
    expect(normalizeArabic("مؤتمر")).toBe("موتمر");
    expect(normalizeArabic("رئيس")).toBe("رييس");
  });

  it("gives decomposed hamza the same result as the precomposed letter", () => {
    expect(normalizeArabic("ا\u0654")).toBe(normalizeArabic("أ"));
    expect(normalizeArabic("و\u0654")).toBe(normalizeArabic("ؤ"));
    expect(normalizeArabic("ي\u0654")).toBe(normalizeArabic("ئ"));
  });

  it("keeps a standalone hamza", () => {
    expect(normalizeArabic("ماء")).toBe("ماء");
  });

  it("folds taa marbuta, alef maqsura and Persian/Urdu letter forms", () => {
    expect(normalizeArabic("مدينة")).toBe("مدينه");
    expect(normalizeArabic("مستشفى")).toBe("مستشفي");
    expect(normalizeArabic("کتاب")).toBe("كتاب");
    expect(normalizeArabic("ایران")).toBe("ايران");
  });

  it("turns Arabic-Indic and Persian digits into ASCII", () => {
    expect(normalizeArabic("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
    expect(normalizeArabic("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
  });

  it("returns text without anything to fold unchanged", () => {
    const text = "Basra, 42 — بغداد";
    expect(normalizeArabic(text)).toBe(text);
  });
});

describe("arabicTerm (normalization + light10 stem)", () => {
  it("matches a word with and without the article and attached prepositions", () => {
    expect(
      expectSameTerm(["الرئيس", "رئيس", "والرئيس", "للرئيس", "وللرئيس", "بالرئيس", "فالرئيس", "كالرئيس"]),
    ).toBe("رييس");
  });

  it("matches taa marbuta written as heh", () => {
    expectSameTerm(["مدينة", "المدينه", "مدينه", "المدينة"]);
  });

  it("matches hamza-on-alef spellings", () => {
    expectSameTerm(["إعلان", "اعلان", "الإعلان"]);
  });

  it("ignores diacritics and tatweel", () => {
    expectSameTerm(["مُحَمَّد", "محمد"]);
    expectSameTerm(["بـغـداد", "بغداد"]);
  });

  it("matches alef maqsura written as yeh", () => {
    expectSameTerm(["مستشفى", "مستشفي"]);
  });

  it("strips suffixes in light10's order, each once", () => {
    expectSameTerm(["سيارة", "سيارات", "سياراتها", "السيارة"]);
    expectSameTerm(["المسؤولون", "مسؤولين", "مسؤول"]);
    expectSameTerm(["العربية", "عربي"]);
  });

  it("strips و only when three letters remain", () => {
    expect(arabicTerm("وطن")).toBe("وطن");
    expect(arabicTerm("وقت")).toBe("وقت");
    expectSameTerm(["ورئيس", "رئيس"]);
  });

  it("strips و after the article too, so و-initial words keep one stem", () => {
    expectSameTerm(["وزير", "الوزير", "والوزير"]);
  });

  it("leaves at least two letters after an article or suffix", () => {
    expect(arabicTerm("بالغ")).toBe("بالغ");
    expect(arabicTerm("الف")).toBe("الف");
    expect(arabicTerm("له")).toBe("له");
  });

  it("keeps the name of God whole instead of stemming it to له", () => {
    expect(expectSameTerm(["الله", "لله", "والله", "بالله", "اللّٰه"])).toBe("الله");
    expect(arabicTerm("له")).not.toBe(arabicTerm("الله"));
  });

  it("drops a final hamza after its own seat letter, not after alef", () => {
    expectSameTerm(["شيء", "شئ", "شىء"]);
    expectSameTerm(["بطيء", "بطئ"]);
    expect(arabicTerm("ماء")).not.toBe(arabicTerm("ما"));
  });

  it("stemArabic expects normalized input", () => {
    expect(stemArabic(normalizeArabic("المستشفيات"))).toBe(arabicTerm("المستشفيات"));
  });
});
