import { describe, expect, it } from "vitest";
import { forEachToken, type Script } from "../../src/search/tokenize.js";

function tokens(text: string): Array<[string, Script]> {
  const out: Array<[string, Script]> = [];
  forEachToken(text, (start, end, script) => out.push([text.slice(start, end), script]));
  return out;
}

describe("forEachToken", () => {
  it("splits on spaces and punctuation, Arabic punctuation included", () => {
    expect(tokens("Hello, world! مرحبا، يا عالم؟")).toEqual([
      ["Hello", "latin"],
      ["world", "latin"],
      ["مرحبا", "arabic"],
      ["يا", "arabic"],
      ["عالم", "arabic"],
    ]);
  });

  it("keeps a word written with diacritics or tatweel in one token", () => {
    expect(tokens("مُحَمَّدٌ بـغـداد")).toEqual([
      ["مُحَمَّدٌ", "arabic"],
      ["بـغـداد", "arabic"],
    ]);
  });

  it("keeps internal apostrophes only", () => {
    expect(tokens("'don't' Trump’s rock'n'roll '")).toEqual([
      ["don't", "latin"],
      ["Trump’s", "latin"],
      ["rock'n'roll", "latin"],
    ]);
  });

  it("splits numbers from Arabic letters but keeps Latin alphanumerics", () => {
    expect(tokens("٢٠٢٤م 10كم G7 covid19 2024")).toEqual([
      ["٢٠٢٤", "numeric"],
      ["م", "arabic"],
      ["10", "numeric"],
      ["كم", "arabic"],
      ["G7", "latin"],
      ["covid19", "latin"],
      ["2024", "numeric"],
    ]);
  });

  it("names other scripts as such", () => {
    expect(tokens("Москва 東京")).toEqual([
      ["Москва", "other"],
      ["東京", "other"],
    ]);
  });

  it("treats emoji as separators and keeps astral letters whole", () => {
    expect(tokens("news🔥today 𠀀𠀁")).toEqual([
      ["news", "latin"],
      ["today", "latin"],
      ["𠀀𠀁", "other"],
    ]);
  });

  it("reports UTF-16 offsets into the given text", () => {
    const text = "«عاجل» Breaking";
    const ranges: Array<[number, number]> = [];
    forEachToken(text, (start, end) => ranges.push([start, end]));
    expect(ranges).toEqual([
      [1, 5],
      [7, 15],
    ]);
  });
});
