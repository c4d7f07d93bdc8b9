// Every payload of the generated corpus, through the same checks and views as a posted comment: the
// rendered markup holds only the allowlisted elements and attributes, links only http(s)/mailto, and the
// reader's text shows as text.
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { cleanBody, cleanLine } from "../../../src/comments/clean-text.js";
import { parseComment } from "../../../src/comments/comment-markup.js";
import { safeWebsiteUrl } from "../../../src/comments/safe-url.js";
import { renderCommentItem } from "../../../src/web/comments/comment-item.js";
import { websiteCorpus, xssCorpus } from "../../comments/xss-corpus.js";

const TAGS = new Set([
  "li",
  "article",
  "footer",
  "b",
  "bdi",
  "a",
  "span",
  "time",
  "p",
  "div",
  "br",
  "em",
  "strong",
  "blockquote",
  "ol",
]);
const ATTRS = new Set(["class", "id", "href", "rel", "datetime", "dir", "data-reply-to", "aria-label"]);

function problems(html: string): string[] {
  const $ = cheerio.load(html, null, false);
  const out: string[] = [];
  $("*").each((_, el) => {
    if (el.type !== "tag") return;
    if (!TAGS.has(el.name)) out.push(`<${el.name}>`);
    for (const [name, value] of Object.entries(el.attribs)) {
      if (!ATTRS.has(name)) out.push(`${el.name}[${name}]`);
      if (name === "href" && !/^(https?:\/\/|mailto:|\/)/.test(value)) out.push(`href=${value}`);
    }
  });
  return out;
}

describe("the XSS corpus, rendered", () => {
  const corpus = xssCorpus();
  const websites = websiteCorpus();

  it("has at least 500 distinct payloads across the attack classes", () => {
    expect(corpus.length + websites.length).toBeGreaterThanOrEqual(500);
    expect(new Set(corpus.map((p) => p.kind)).size).toBeGreaterThanOrEqual(12);
  });

  it("renders each as body, name and website with only allowlisted markup", () => {
    for (const [i, p] of corpus.entries()) {
      const website = websites[i % websites.length]!;
      const html = renderCommentItem({
        id: p.id,
        anchor: `comment-${p.id}`,
        permalink: `/a/#comment-${p.id}`,
        authorName: cleanLine(p.text).slice(0, 245),
        authorUrl: safeWebsiteUrl(website.text),
        body: parseComment(cleanBody(p.text)),
        createdIso: "2021-02-19T13:26:00+03:00",
        createdDisplay: "2021.02.19 – 13:26",
        depth: 1,
        pending: false,
        replyUrl: `/a/?replytocom=${p.id}#respond`,
        children: [],
      });
      expect(problems(html), `${p.kind} ${p.id}: ${p.text.slice(0, 80)}`).toEqual([]);
      const $ = cheerio.load(html, null, false);
      expect($(".comment-author").text()).toBe(cleanLine(p.text).slice(0, 245));
    }
  });

  it("accepts only http(s) websites, normalized so nothing leaves the attribute", () => {
    for (const w of websites) {
      const url = safeWebsiteUrl(w.text);
      if (url === null) continue;
      expect(url, w.text).toMatch(/^https?:\/\/[^\s"<>`]+$/);
    }
    expect(websites.some((w) => safeWebsiteUrl(w.text) !== null)).toBe(true);
    expect(websites.some((w) => safeWebsiteUrl(w.text) === null)).toBe(true);
  });
});
