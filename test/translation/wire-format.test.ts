import { describe, expect, it } from "vitest";
import { compileGlossary } from "../../src/translation/glossary-match.js";
import { fromWire, toWire } from "../../src/translation/wire-format.js";

const opts = (entries: { source: string; target: string }[] = [], more = {}) => ({
  matcher: compileGlossary(entries),
  providerGlossary: false,
  asciiDigits: true,
  ...more,
});

describe("wire form of a unit", () => {
  const para =
    'قال <strong>المتحدث</strong> <a href="https://example.org/a?x=1&amp;y=2" rel="noopener">بحسب البيان</a> <em>اليوم</em>';

  it("strips attributes from inline markup and numbers each element", () => {
    const w = toWire(para, opts());
    expect(w.wire).toBe(
      'قال <strong id="m1">المتحدث</strong> <a id="m2">بحسب البيان</a> <em id="m3">اليوم</em>',
    );
    expect(w.marks[1]?.open).toBe('<a href="https://example.org/a?x=1&amp;y=2" rel="noopener">');
  });

  it("puts the original elements back around whatever the provider wrote", () => {
    const w = toWire(para, opts());
    const reply =
      'The <strong id="m1">spokesman</strong> said, <a id="m2">according to the statement</a>, <em id="m3">today</em>';
    expect(fromWire(reply, w)).toEqual({
      html: 'The <strong>spokesman</strong> said, <a href="https://example.org/a?x=1&amp;y=2" rel="noopener">according to the statement</a>, <em>today</em>',
      lostKeeps: [],
      lostMarks: [],
    });
  });

  it("protects glossary terms, numbers and addresses as no-translate runs", () => {
    const w = toWire(
      "التقى وستولتنبرغ يوم ١٩ فبراير 2021 في https://t.me/x",
      opts([{ source: "ستولتنبرغ", target: "Jens Stoltenberg" }]),
    );
    expect(w.wire).toBe(
      'التقى و <span translate="no" id="k1">Jens Stoltenberg</span> يوم <span translate="no" id="k2">19</span> فبراير <span translate="no" id="k3">2021</span> في <span translate="no" id="k4">https://t.me/x</span>',
    );
    expect(w.applied).toEqual([{ source: "ستولتنبرغ", target: "Jens Stoltenberg" }]);
    // The provider translated inside the spans, garbled a number: the kept text wins.
    const reply =
      'met and <span translate="no" id="k1">Jens Stoltenbergh</span> on <span translate="no" id="k2">nineteen</span> February <span id="k3" translate="no">2.021</span> at <span translate="no" id="k4">https://t.me/x</span>';
    expect(fromWire(reply, w).html).toBe("met and Jens Stoltenberg on 19 February 2021 at https://t.me/x");
  });

  it("keeps Arabic-Indic digits for an Arabic edition", () => {
    const w = toWire("من ٥٠٠ إلى ٤٠٠٠", opts([], { asciiDigits: false }));
    expect(w.keeps).toEqual(["٥٠٠", "٤٠٠٠"]);
  });

  it("leaves exactly-written terms to a provider glossary, and protects prefixed ones", () => {
    const w = toWire(
      "ستولتنبرغ وستولتنبرغ",
      opts([{ source: "ستولتنبرغ", target: "Jens Stoltenberg" }], { providerGlossary: true }),
    );
    expect(w.wire).toBe('ستولتنبرغ و <span translate="no" id="k1">Jens Stoltenberg</span>');
    expect(w.leftToProvider).toHaveLength(1);
  });

  it("keeps inline code verbatim", () => {
    const w = toWire("شغّل <code>npm ci</code> الآن", opts());
    expect(w.wire).toBe('شغّل <code id="m1"><span translate="no" id="k1">npm ci</span></code> الآن');
  });

  it("makes a hostile or broken reply safe and well-formed", () => {
    const w = toWire('<a href="https://example.org/" rel="noopener">رابط</a> و <em>نص</em>', opts());
    const reply =
      '<script>alert(1)</script><a id="m1" href="javascript:alert(2)" onclick="x()">link</a> <img src=x onerror=alert(3)> <em id="m9">and</em> <strong id="m2">text & more</b> <a id="m2">x';
    const r = fromWire(reply, w);
    expect(r.html).toBe(
      'alert(1)<a href="https://example.org/" rel="noopener">link</a>  and text &amp; more x',
    );
    expect(r.lostMarks).toEqual([2]);
    expect(r.html).not.toMatch(/script|onerror|javascript|onclick/);
  });

  it("accepts tags a provider duplicated around moved words, and closes what it left open", () => {
    const w = toWire("<strong>كلمة واحدة</strong>", opts());
    const r = fromWire('<strong id="m1">one</strong> then <strong id="m1">word', w);
    expect(r.html).toBe("<strong>one</strong> then <strong>word</strong>");
  });

  it("reports protected runs the provider dropped", () => {
    const w = toWire("عام 2021", opts());
    expect(fromWire("year", w).lostKeeps).toEqual([1]);
  });

  it("decodes entities and escapes text again", () => {
    const w = toWire("أ &lt;ب&gt;", opts());
    expect(w.wire).toBe("أ &lt;ب&gt;");
    expect(fromWire("a &lt;b&gt; &amp; &#39;c&#x27; &quot;d&quot;", w).html).toBe(
      "a &lt;b&gt; &amp; &#39;c&#39; &quot;d&quot;",
    );
  });
});
