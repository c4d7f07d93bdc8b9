import { describe, expect, it } from "vitest";
import { analyzeQuery, highlightTerms } from "../../src/search/query.js";
import { makeSnippet, type Snippet } from "../../src/search/snippet.js";

const terms = (q: string) => highlightTerms(analyzeQuery(q));
const marked = (snippet: Snippet) => snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));

const FILLER_EN =
  "Officials in the northern province said on Monday that repairs to the grid would take weeks. ";
const KEY_EN = "The electricity ministry announced that new power stations will open in Basra next year. ";
const TAIL_EN = "Residents have complained for months about cuts during the summer heat. ";
const LONG_EN = FILLER_EN.repeat(4) + KEY_EN + TAIL_EN.repeat(4);

const FILLER_AR = "قال مسؤولون في المحافظة إن أعمال الصيانة ستستغرق أسابيع. ";
const KEY_AR = "وأعلن الرئيس، في مؤتمر صحفي ببغداد، افتتاح مستشفى جديد في المدينة. ";
const LONG_AR = FILLER_AR.repeat(4) + KEY_AR + FILLER_AR.repeat(4);

describe("makeSnippet", () => {
  it("returns a short text whole, with every matching word marked", () => {
    const snippet = makeSnippet("Troops ANNOUNCED: the troop announcement.", terms("troops announce"));
    expect(snippet.text).toBe("Troops ANNOUNCED: the troop announcement.");
    expect(marked(snippet)).toEqual(["Troops", "ANNOUNCED", "troop", "announcement"]);
  });

  it("marks Arabic words whatever prefix, suffix or spelling they carry", () => {
    const snippet = makeSnippet("والرئيس في المدينه وللرئيس مستشفى", terms("الرئيس مدينة مستشفي"));
    expect(marked(snippet)).toEqual(["والرئيس", "المدينه", "وللرئيس", "مستشفى"]);
  });

  it("cuts a long text around the matches, at word boundaries, within maxChars", () => {
    const snippet = makeSnippet(LONG_EN, terms("electricity announcement Basra"), { maxChars: 120 });
    expect(snippet.text.length).toBeLessThanOrEqual(120);
    expect(snippet.text.startsWith("…")).toBe(true);
    expect(snippet.text.endsWith("…")).toBe(true);
    expect(marked(snippet)).toEqual(["electricity", "announced", "Basra"]);
    const inner = snippet.text.slice(1, -1);
    const at = LONG_EN.indexOf(inner);
    expect(at).toBeGreaterThan(0);
    expect(LONG_EN[at - 1]).toMatch(/[\s.]/);
    expect(LONG_EN[at + inner.length]).toMatch(/[\s.]/);
  });

  it("does the same for Arabic text", () => {
    const snippet = makeSnippet(LONG_AR, terms("رئيس المدينة مستشفى"), { maxChars: 100 });
    expect(snippet.text.length).toBeLessThanOrEqual(100);
    expect(marked(snippet)).toEqual(["الرئيس", "مستشفى", "المدينة"]);
  });

  it("prefers the passage with more different query terms over repeats of one", () => {
    const text = `${"Basra Basra Basra. ".repeat(6)}${FILLER_EN.repeat(3)}Basra power station opened. ${FILLER_EN.repeat(3)}`;
    const snippet = makeSnippet(text, terms("Basra power"), { maxChars: 80 });
    expect(marked(snippet)).toContain("power");
  });

  it("starts at the beginning when nothing matches", () => {
    const snippet = makeSnippet(LONG_EN, terms("zebra"), { maxChars: 60 });
    expect(snippet.highlights).toEqual([]);
    expect(snippet.text.startsWith("Officials in the")).toBe(true);
    expect(snippet.text.endsWith("…")).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(60);
  });

  it("collapses white space and trims", () => {
    const snippet = makeSnippet("  Breaking:\n\n  power\tcuts  \n", terms("power"));
    expect(snippet.text).toBe("Breaking: power cuts");
    expect(marked(snippet)).toEqual(["power"]);
  });

  it("never cuts a surrogate pair in two", () => {
    const snippet = makeSnippet(`${"𠀀".repeat(200)} end`, terms("𠀀𠀀"), { maxChars: 41 });
    expect(snippet.text.length).toBeLessThanOrEqual(41);
    expect(snippet.text).toBe([...snippet.text].join(""));
    expect(snippet.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it("cuts inside a matched word only when the word alone is longer than maxChars", () => {
    const snippet = makeSnippet(`internationalization ${FILLER_EN}`, terms("internationalization"), {
      maxChars: 12,
    });
    expect(snippet.text).toBe("internation…");
    expect(snippet.highlights).toEqual([[0, 11]]);
  });

  it("keeps ranges inside the returned text", () => {
    for (const maxChars of [20, 50, 90, 220]) {
      const snippet = makeSnippet(LONG_EN + LONG_AR, terms("power الرئيس Basra"), { maxChars });
      expect(snippet.text.length).toBeLessThanOrEqual(maxChars);
      for (const [start, end] of snippet.highlights) {
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(snippet.text.length);
        expect(start).toBeLessThan(end);
      }
    }
  });
});
