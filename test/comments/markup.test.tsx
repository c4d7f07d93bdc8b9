// The pure text rules: cleaning, which URLs may be links, light formatting, and defanged email text.
import { describe, expect, it } from "vitest";
import { cleanBody, cleanLine } from "../../src/comments/clean-text.js";
import { countLinks, parseComment, plainText } from "../../src/comments/comment-markup.js";
import { safeLinkUrl, safeWebsiteUrl } from "../../src/comments/safe-url.js";
import { defang, headerSafe } from "../../src/notify/defang.js";
import { CommentBlocks } from "../../src/web/comments/comment-body.js";

const html = (text: string) => (<CommentBlocks blocks={parseComment(cleanBody(text))} />).toString();

describe("cleaning", () => {
  it("normalizes line ends, removes controls and bidi overrides, keeps text", () => {
    expect(cleanBody("a\r\nb\rc\u0000d\u202e\u2066e\u0007  \n\n\n\nf")).toBe("a\nb\ncde\n\nf");
    expect(cleanLine("  Amira \t\n al-\u200bRawi ")).toBe("Amira al-Rawi");
  });
  it("keeps 4-byte characters whole and replaces lone surrogates", () => {
    expect(cleanBody("news 📰 here")).toBe("news 📰 here");
    expect(cleanBody("cut \ud83d")).toBe("cut \ufffd");
  });
});

describe("safeLinkUrl", () => {
  it("allows http, https and mailto only", () => {
    expect(safeLinkUrl("https://example.org/a?b=c#d")).toBe("https://example.org/a?b=c#d");
    expect(safeLinkUrl("HTTP://Example.org")).toBe("http://example.org/");
    expect(safeLinkUrl("mailto:desk@example.org")).toBe("mailto:desk@example.org");
    for (const bad of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "java\u0000script:alert(1)",
      " \u200bjavascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      "//evil.example/",
      "https://bank.example@evil.example/",
      "mailto:a@b.example?body=click",
      "file:///etc/passwd",
    ]) {
      expect(safeLinkUrl(bad), bad).toBeNull();
    }
  });
  it("percent-encodes what could leave an attribute", () => {
    expect(safeLinkUrl('https://example.org/"><script>')).toBe("https://example.org/%22%3E%3Cscript%3E");
  });
  it("reads a bare website as http and refuses other schemes", () => {
    expect(safeWebsiteUrl("example.org")).toBe("http://example.org/");
    expect(safeWebsiteUrl("mailto:a@b.org")).toBeNull();
    expect(safeWebsiteUrl("javascript&colon;alert(1)")).toBeNull();
  });
});

describe("light formatting", () => {
  it("makes paragraphs, line breaks and quotes", () => {
    expect(html("one\ntwo\n\nthree")).toBe("<p>one<br/>two</p><p>three</p>");
    expect(html("> quoted\n> more\n\nreply")).toBe(
      "<blockquote><p>quoted<br/>more</p></blockquote><p>reply</p>",
    );
  });
  it("makes emphasis only around words", () => {
    expect(html("*yes* and **strong** but 2 * 3 * 4 and snake_case_name")).toBe(
      "<p><em>yes</em> and <strong>strong</strong> but 2 * 3 * 4 and snake_case_name</p>",
    );
  });
  it("links written-out addresses with nofollow ugc noopener, trailing punctuation outside", () => {
    expect(html("See https://example.org/a_b_c. Or (www.example.org/x).")).toBe(
      '<p>See <a href="https://example.org/a_b_c" rel="nofollow ugc noopener">https://example.org/a_b_c</a>. ' +
        'Or (<a href="http://www.example.org/x" rel="nofollow ugc noopener">www.example.org/x</a>).</p>',
    );
    expect(countLinks(parseComment("https://a.example https://b.example javascript:alert(1)"))).toBe(2);
  });
  it("escapes everything a reader typed", () => {
    expect(html('<script>alert(1)</script> <img src=x onerror=alert(1)> "quotes" & amps')).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &quot;quotes&quot; &amp; amps</p>",
    );
    expect(html("https://example.org/\"onmouseover='alert(1)'")).toBe(
      '<p><a href="https://example.org/" rel="nofollow ugc noopener">https://example.org/</a>' +
        "&quot;onmouseover=&#39;alert(1)&#39;</p>",
    );
  });
  it("gives back plain text for feeds and emails", () => {
    expect(plainText(parseComment("> q\n\n*a* https://x.example"))).toBe("> q\n\na https://x.example");
  });
});

describe("email text", () => {
  it("defangs addresses so no mail client links them", () => {
    expect(defang("visit https://evil.example/x or www.evil.example, mail me@evil.example")).toBe(
      "visit hxxps[:]//evil[.]example/x or www[.]evil[.]example, mail me[at]evil[.]example",
    );
    expect(defang("the 3.5 percent rise")).toBe("the 3.5 percent rise");
  });
  it("keeps headers on one line", () => {
    expect(headerSafe("Hello\r\nBcc: victim@example.org")).toBe("Hello Bcc: victim@example.org");
  });
});
