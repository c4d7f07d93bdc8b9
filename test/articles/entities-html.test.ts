import { describe, expect, it } from "vitest";
import { entitiesToHtml } from "../../src/articles/entities-html.js";
import { richText } from "../../src/articles/rich-text.js";
import type { TextEntity } from "../../src/telegram/post.js";
import { entityAt, isWellFormed } from "./test-entities.js";

function html(text: string, entities: TextEntity[] = []): string {
  return entitiesToHtml(richText(text, entities));
}

describe("entitiesToHtml: formatting", () => {
  it("maps the formatting entities to their elements", () => {
    const text = "bold italic under strike secret code";
    expect(
      html(text, [
        entityAt(text, "bold", "bold"),
        entityAt(text, "italic", "italic"),
        entityAt(text, "under", "underline"),
        entityAt(text, "strike", "strikethrough"),
        entityAt(text, "secret", "spoiler"),
        entityAt(text, "code", "code"),
      ]),
    ).toBe(
      '<p><strong>bold</strong> <em>italic</em> <u>under</u> <s>strike</s> <span class="spoiler">secret</span> <code>code</code></p>',
    );
  });

  it("nests entities that contain one another", () => {
    const text = "a big bold word";
    expect(html(text, [entityAt(text, "big bold word", "bold"), entityAt(text, "bold", "italic")])).toBe(
      "<p>a <strong>big <em>bold</em> word</strong></p>",
    );
  });

  it("closes and reopens partially overlapping entities", () => {
    const text = "one two three";
    const result = html(text, [entityAt(text, "one two", "bold"), entityAt(text, "two three", "italic")]);
    expect(result).toBe("<p><strong>one <em>two</em></strong><em> three</em></p>");
    expect(isWellFormed(result)).toBe(true);
  });

  it("stays well-formed under many crossing entities", () => {
    const text = "abcdefghijklmnopqrstuvwxyz";
    const types = ["bold", "italic", "underline", "strikethrough", "spoiler"] as const;
    const entities: TextEntity[] = [];
    for (let i = 0; i < 20; i++) {
      entities.push({
        type: types[i % types.length] ?? "bold",
        offset: (i * 7) % 20,
        length: 3 + ((i * 5) % 9),
      });
    }
    const result = html(text, entities);
    expect(isWellFormed(result)).toBe(true);
    expect(result.replace(/<[^>]+>/g, "")).toBe(text);
  });

  it("renders custom emoji, cashtags, phone numbers and bot commands as plain text", () => {
    const text = "😀 $USD +9647700000000 /start";
    expect(
      html(text, [
        entityAt(text, "😀", "custom_emoji"),
        entityAt(text, "$USD", "cashtag"),
        entityAt(text, "+9647700000000", "phone_number"),
        entityAt(text, "/start", "bot_command"),
      ]),
    ).toBe(`<p>${text}</p>`);
  });
});

describe("entitiesToHtml: UTF-16 offsets", () => {
  it("places entities after emoji (surrogate pairs) correctly", () => {
    const text = "🔴🔴 Breaking news";
    expect(html(text, [{ type: "bold", offset: 5, length: 8 }])).toBe(
      "<p>🔴🔴 <strong>Breaking</strong> news</p>",
    );
  });

  it("places entities in Arabic text after a flag emoji", () => {
    const text = "🇮🇶 أعلنت الوزارة اليوم";
    const result = html(text, [entityAt(text, "الوزارة", "bold")]);
    expect(result).toBe("<p>🇮🇶 أعلنت <strong>الوزارة</strong> اليوم</p>");
  });
});

describe("entitiesToHtml: escaping", () => {
  it("escapes the five HTML specials in text", () => {
    expect(html(`<script>alert("x") & 'y'</script>`)).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;</p>",
    );
  });

  it("escapes link targets inside attributes", () => {
    const text = "see this";
    const result = html(text, [
      entityAt(text, "this", "text_link", { url: 'https://example.com/?a="b"&c=<d>' }),
    ]);
    expect(result).toBe(
      '<p>see <a href="https://example.com/?a=%22b%22&amp;c=%3Cd%3E" rel="noopener">this</a></p>',
    );
  });
});

describe("entitiesToHtml: links", () => {
  it("keeps text links with allowed schemes only", () => {
    const text = "web mail tg bad data";
    const result = html(text, [
      entityAt(text, "web", "text_link", { url: "https://example.org/a" }),
      entityAt(text, "mail", "text_link", { url: "mailto:desk@example.org" }),
      entityAt(text, "tg", "text_link", { url: "tg://resolve?domain=example" }),
      entityAt(text, "bad", "text_link", { url: "javascript:alert(1)" }),
      entityAt(text, "data", "text_link", { url: "data:text/html,hi" }),
    ]);
    expect(result).toBe(
      '<p><a href="https://example.org/a" rel="noopener">web</a> <a href="mailto:desk@example.org" rel="noopener">mail</a> <a href="tg://resolve?domain=example" rel="noopener">tg</a> bad data</p>',
    );
  });

  it("autolinks urls, adding https:// when the scheme is missing", () => {
    const text = "example.com/news and http://example.net and ftp://example.org";
    const result = html(text, [
      entityAt(text, "example.com/news", "url"),
      entityAt(text, "http://example.net", "url"),
      entityAt(text, "ftp://example.org", "url"),
    ]);
    expect(result).toBe(
      '<p><a href="https://example.com/news" rel="noopener">example.com/news</a> and <a href="http://example.net/" rel="noopener">http://example.net</a> and ftp://example.org</p>',
    );
  });

  it("links e-mail addresses, mentions and hashtags", () => {
    const text = "desk@example.org @people_news #Iraq_News #العراق";
    const result = html(text, [
      entityAt(text, "desk@example.org", "email"),
      entityAt(text, "@people_news", "mention"),
      entityAt(text, "#Iraq_News", "hashtag"),
      entityAt(text, "#العراق", "hashtag"),
    ]);
    expect(result).toBe(
      '<p><a href="mailto:desk@example.org" rel="noopener">desk@example.org</a> <a href="https://t.me/people_news" rel="noopener">@people_news</a> <a href="/tag/iraq_news/">#Iraq_News</a> <a href="/tag/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82/">#العراق</a></p>',
    );
  });

  it("never nests a link in a link", () => {
    const text = "read example.com now";
    const result = html(text, [
      entityAt(text, "read example.com now", "text_link", { url: "https://example.org/" }),
      entityAt(text, "example.com", "url"),
    ]);
    expect(result).toBe('<p><a href="https://example.org/" rel="noopener">read example.com now</a></p>');
  });
});

describe("entitiesToHtml: paragraphs and blocks", () => {
  it("splits paragraphs on blank lines and turns single newlines into <br>", () => {
    expect(html("first line\nsecond line\n\n\nnext paragraph\n \nlast")).toBe(
      "<p>first line<br>second line</p>\n<p>next paragraph</p>\n<p>last</p>",
    );
  });

  it("closes and reopens an entity that spans a paragraph break", () => {
    const text = "start of it\n\nend of it";
    expect(html(text, [entityAt(text, "of it\n\nend", "bold")])).toBe(
      "<p>start <strong>of it</strong></p>\n<p><strong>end</strong> of it</p>",
    );
  });

  it("makes a whole-line blockquote its own block, with paragraphs inside", () => {
    const text = "before\n“A quoted line”\nstill quoted\n\nquoted again\nafter";
    const result = html(text, [
      entityAt(text, "“A quoted line”\nstill quoted\n\nquoted again", "blockquote"),
    ]);
    expect(result).toBe(
      "<p>before</p>\n<blockquote><p>“A quoted line”<br>still quoted</p><p>quoted again</p></blockquote>\n<p>after</p>",
    );
  });

  it("marks expandable blockquotes", () => {
    const text = "a long quote";
    expect(html(text, [entityAt(text, text, "expandable_blockquote")])).toBe(
      '<blockquote class="expandable"><p>a long quote</p></blockquote>',
    );
  });

  it("renders pre as a code block, verbatim, with a safe language class", () => {
    const text = "Run:\n  if (a < b) {}\n**not bold**\nDone";
    const code = "  if (a < b) {}\n**not bold**";
    expect(
      html(text, [entityAt(text, code, "pre", { language: "js" }), entityAt(text, "not bold", "bold")]),
    ).toBe(
      '<p>Run:</p>\n<pre><code class="language-js">  if (a &lt; b) {}\n**not bold**</code></pre>\n<p>Done</p>',
    );
    expect(html("x", [{ type: "pre", offset: 0, length: 1, language: '"><script>' }])).toBe(
      "<pre><code>x</code></pre>",
    );
  });

  it("keeps a quote or code entity inside a line inline", () => {
    const text = "he said words then left with npm ci";
    expect(html(text, [entityAt(text, "words", "blockquote"), entityAt(text, "npm ci", "pre")])).toBe(
      "<p>he said <q>words</q> then left with <code>npm ci</code></p>",
    );
  });

  it("renders nothing for empty text", () => {
    expect(html("")).toBe("");
    expect(html(" \n\n ")).toBe("");
  });
});
