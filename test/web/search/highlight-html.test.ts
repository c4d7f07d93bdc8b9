import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../../src/articles/html-escape.js";
import { highlightHtml } from "../../../src/web/search/highlight-html.js";

describe("highlightHtml", () => {
  it("escapes the text and wraps the ranges in <mark>", () => {
    const html = highlightHtml({ text: `<b>"Basra" & co's</b>`, highlights: [[4, 9]] });
    expect(html).toBe("&lt;b&gt;&quot;<mark>Basra</mark>&quot; &amp; co&#39;s&lt;/b&gt;");
  });

  it("handles Arabic text and several ranges", () => {
    expect(
      highlightHtml({
        text: "الرئيس في بغداد",
        highlights: [
          [0, 6],
          [10, 15],
        ],
      }),
    ).toBe("<mark>الرئيس</mark> في <mark>بغداد</mark>");
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML specials", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
