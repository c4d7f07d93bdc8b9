import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import type { TextEntity } from "../../../src/telegram/post.js";
import { isElement } from "../../../src/telegram/preview/dom.js";
import { type RichText, richTextOf } from "../../../src/telegram/preview/message-text.js";

function convert(html: string): RichText {
  const $ = cheerio.load(`<div id="t">${html}</div>`);
  const el = $("#t").get(0);
  if (!el || !isElement(el)) throw new Error("no element");
  return richTextOf(el, { channel: "dateline_news" });
}

/** The entity of `type` covering the first occurrence of `part` in `text`. */
function at(
  text: string,
  part: string,
  type: TextEntity["type"],
  extra: Partial<TextEntity> = {},
): TextEntity {
  const offset = text.indexOf(part);
  if (offset < 0) throw new Error(`${part} not in text`);
  return { type, offset, length: part.length, ...extra };
}

describe("message HTML → text and entities", () => {
  it("maps every formatting tag t.me emits", () => {
    const { text, entities } = convert(
      '<b>Bold</b> <strong>strong</strong> <i>it</i> <em>em</em> <u>under</u> <s>gone</s> <del>del</del> <code>x=1</code> <tg-spoiler>secret</tg-spoiler> <span class="tg-spoiler">hidden</span>',
    );
    expect(text).toBe("Bold strong it em under gone del x=1 secret hidden");
    expect(entities).toEqual([
      at(text, "Bold", "bold"),
      at(text, "strong", "bold"),
      at(text, "it", "italic"),
      at(text, "em", "italic"),
      at(text, "under", "underline"),
      at(text, "gone", "strikethrough"),
      at(text, "del", "strikethrough"),
      at(text, "x=1", "code"),
      at(text, "secret", "spoiler"),
      at(text, "hidden", "spoiler"),
    ]);
  });

  it("keeps nesting, the enclosing entity first", () => {
    const { text, entities } = convert("<b>all <i>both</i></b>");
    expect(text).toBe("all both");
    expect(entities).toEqual([
      { type: "bold", offset: 0, length: 8 },
      { type: "italic", offset: 4, length: 4 },
    ]);
  });

  it("counts offsets in UTF-16 code units, as the Bot API does", () => {
    const { text, entities } = convert(
      `<i class="emoji" style="background-image:url('//telegram.org/img/emoji/40/F09F9880.png')"><b>😀</b></i> <b>x</b> 𝕏 <i>y</i>`,
    );
    expect(text).toBe("😀 x 𝕏 y");
    expect(entities).toEqual([
      { type: "bold", offset: 3, length: 1 },
      { type: "italic", offset: 8, length: 1 },
    ]);
  });

  it("an emoji image is its character, never a bold or italic run; custom emoji give their text", () => {
    const { text, entities } = convert(
      `<i class="emoji" style=""><b>👍</b></i> and <tg-emoji emoji-id="5368324170671202286"><i class="emoji"><b>🔥</b></i></tg-emoji>`,
    );
    expect(text).toBe("👍 and 🔥");
    expect(entities).toEqual([]);
  });

  it("turns <br> into newlines and trims the ends, shifting entities", () => {
    const { text, entities } = convert("\n   <b>first</b><br/>second<br>\n  ");
    expect(text).toBe("first\nsecond");
    expect(entities).toEqual([{ type: "bold", offset: 0, length: 5 }]);
  });

  it("recovers link entity kinds from href and text", () => {
    const { text, entities } = convert(
      [
        '<a href="https://example.org/" target="_blank">https://example.org/</a>',
        '<a href="http://example.com">example.com</a>',
        '<a href="https://example.org/page" onclick="return confirm()">a page</a>',
        '<a href="?q=%23elections">#elections</a>',
        '<a href="?q=%24TON">$TON</a>',
        '<a href="https://t.me/durov">@durov</a>',
        '<a href="mailto:desk@example.org">desk@example.org</a>',
        '<a href="tel:+15551234">+1 555 1234</a>',
        '<a href="javascript:void(0)">nothing</a>',
      ].join(" "),
    );
    expect(entities).toEqual([
      at(text, "https://example.org/", "url"),
      at(text, "example.com", "url"),
      at(text, "a page", "text_link", { url: "https://example.org/page" }),
      at(text, "#elections", "hashtag"),
      at(text, "$TON", "cashtag"),
      at(text, "@durov", "mention"),
      at(text, "desk@example.org", "email"),
      at(text, "+1 555 1234", "phone_number"),
    ]);
  });

  it("resolves a relative text link against the channel page", () => {
    const { entities } = convert('<a href="/s/dateline_news?q=budget">budget news</a>');
    expect(entities).toEqual([
      { type: "text_link", offset: 0, length: 11, url: "https://t.me/s/dateline_news?q=budget" },
    ]);
  });

  it("code blocks carry their language; quotes become blockquotes", () => {
    const { text, entities } = convert(
      '<pre><code class="language-python">print(1)</code></pre><pre>plain</pre><blockquote>quoted</blockquote><blockquote expandable>long</blockquote>',
    );
    expect(text).toBe("print(1)plainquotedlong");
    expect(entities).toEqual([
      at(text, "print(1)", "pre", { language: "python" }),
      at(text, "plain", "pre"),
      at(text, "quoted", "blockquote"),
      at(text, "long", "expandable_blockquote"),
    ]);
  });

  it("decodes HTML entities", () => {
    expect(convert("Tom &amp; Jerry&#33; &lt;3").text).toBe("Tom & Jerry! <3");
  });
});
