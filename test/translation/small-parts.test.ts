import { describe, expect, it } from "vitest";
import { DATELINE_PLACE, HEADLINE } from "../../src/translation/article-units.js";
import { parseTranslateTo } from "../../src/translation/channel-option.js";
import { parseCsv } from "../../src/translation/csv.js";
import { formatEditorFile, parseEditorFile } from "../../src/translation/editor-file.js";
import { compileGlossary } from "../../src/translation/glossary-match.js";
import { displayTag, nativeName, sameLanguage } from "../../src/translation/languages.js";
import { memoryKey } from "../../src/translation/memory-key.js";
import { protectText } from "../../src/translation/protect-text.js";
import { plainCorrection, sanitizeCorrection } from "../../src/translation/sanitize-correction.js";

describe("CSV", () => {
  it("reads quoted fields, doubled quotes, CRLF, a BOM and a missing last newline", () => {
    expect(
      parseCsv('\ufeffsource,target\r\n"بغداد, العاصمة","Baghdad ""the capital"""\r\nأربيل,Erbil'),
    ).toEqual([
      ["source", "target"],
      ["بغداد, العاصمة", 'Baghdad "the capital"'],
      ["أربيل", "Erbil"],
    ]);
    expect(parseCsv('a,"line\nbreak"\n\n')).toEqual([["a", "line\nbreak"]]);
    expect(() => parseCsv('"open')).toThrow(/unterminated/);
  });
});

describe("numbers and addresses", () => {
  const opts = { matcher: compileGlossary([]), providerGlossary: false, asciiDigits: true };
  it("keeps dates, times, decimals and percentages whole, in ASCII digits for a Latin edition", () => {
    const p = protectText("في ١٩/٠٢/٢٠٢١ الساعة 13:26 ارتفع ٣٫٥٪ و 2021.02.19", opts);
    expect(
      p.segments.filter((s) => s.kind === "keep").map((s) => (s.kind === "keep" ? s.value : "")),
    ).toEqual(["19/02/2021", "13:26", "3.5%", "2021.02.19"]);
  });
  it("keeps links, mentions and hashtags verbatim", () => {
    const p = protectText("راجع https://example.org/a-1, و @rafid_news و #العراق.", opts);
    expect(
      p.segments.filter((s) => s.kind === "keep").map((s) => (s.kind === "keep" ? s.value : "")),
    ).toEqual(["https://example.org/a-1", "@rafid_news", "#العراق"]);
  });
});

describe("translation memory keys", () => {
  it("depend on the unit, the languages and the glossary entries that apply", () => {
    const a = memoryKey("ar", "en", "نص", []);
    expect(memoryKey("ar-iq", "en", "نص", [])).toBe(a);
    expect(memoryKey("ar", "fr", "نص", [])).not.toBe(a);
    expect(memoryKey("ar", "en", "نص", [{ source: "x", target: "y" }])).not.toBe(a);
    expect(
      memoryKey("ar", "en", "نص", [
        { source: "x", target: "y" },
        { source: "x", target: "y" },
      ]),
    ).toBe(memoryKey("ar", "en", "نص", [{ source: "x", target: "y" }]));
  });
});

describe("editors' corrections", () => {
  const ref = 'the <a href="https://example.org/s" rel="noopener">statement</a> and <a href="/tag/x/">#x</a>';
  it("keeps allowed markup, reuses the paragraph's links for bare <a>, drops the rest", () => {
    expect(sanitizeCorrection("The <a>statement</a>, <b>bold</b> & <i>it</i> <a>#x</a>", ref)).toBe(
      'The <a href="https://example.org/s" rel="noopener">statement</a>, <strong>bold</strong> &amp; <em>it</em> <a href="/tag/x/">#x</a>',
    );
    expect(
      sanitizeCorrection(
        '<a href="javascript:alert(1)">x</a><script>y</script><img src=x onerror=z><a href="https://ok.org/">ok',
        ref,
      ),
    ).toBe('xy<a href="https://ok.org/" rel="noopener">ok</a>');
    expect(sanitizeCorrection("one\nline", ref)).toBe("one line");
    expect(plainCorrection("<b>Rafid</b>  &amp; News")).toBe("Rafid &amp; News");
  });

  it("round-trips the $EDITOR file", () => {
    const file = formatEditorFile("en translation of /2021/02/19/x/", [
      { position: HEADLINE, current: "Title", source: "عنوان" },
      { position: DATELINE_PLACE, current: "Baghdad", source: "بغداد" },
      { position: 1, current: "#first <em>para</em>", source: "<p>فقرة</p>" },
    ]);
    expect(file).toContain("#| عنوان");
    const edited = file.replace("#first <em>para</em>", "#first <em>paragraph</em>\nmore");
    expect(parseEditorFile(edited)).toEqual(
      new Map([
        [HEADLINE, "Title"],
        [DATELINE_PLACE, "Baghdad"],
        [1, "#first <em>paragraph</em>\nmore"],
      ]),
    );
  });
});

describe("languages", () => {
  it("names languages in themselves and compares primary subtags", () => {
    expect(nativeName("ar")).toBe("العربية");
    expect(nativeName("en")).toBe("English");
    expect(nativeName("ru")).toBe("Русский");
    expect(displayTag("pt-br")).toBe("pt-BR");
    expect(sameLanguage("en", "en-gb")).toBe(true);
    expect(parseTranslateTo(" EN, fr,en ")).toEqual(["en", "fr"]);
    expect(parseTranslateTo("")).toEqual([]);
    expect(() => parseTranslateTo("english")).toThrow(/not a language code/);
  });
});
