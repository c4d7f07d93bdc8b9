// The feed serializers on plain inputs: each output checked against its specification.
import { describe, expect, it } from "vitest";
import { absolutizeHtml } from "../../../src/web/feeds/absolute-html.js";
import { renderAtom } from "../../../src/web/feeds/atom.js";
import { rfc822, rfc3339 } from "../../../src/web/feeds/feed-dates.js";
import type { FeedDocument, FeedItem } from "../../../src/web/feeds/feed-document.js";
import { renderJsonFeed } from "../../../src/web/feeds/json-feed.js";
import { articleContentHtml } from "../../../src/web/feeds/media-html.js";
import { renderRss } from "../../../src/web/feeds/rss.js";
import { xmlEscape } from "../../../src/web/feeds/xml-text.js";
import { checkAtom, checkRss, JsonFeedSchema, RFC822, RFC3339 } from "../../helpers/feed-specs.js";

// 2021-02-19 10:26 UTC (13:26 in Baghdad).
const POSTED = Date.UTC(2021, 1, 19, 10, 26) / 1000;
const BASE = "https://news.example.org";

function item(over: Partial<FeedItem> = {}): FeedItem {
  return {
    id: `${BASE}/p/tigris/42`,
    url: `${BASE}/2021/02/19/river-levels-rise/`,
    title: "River levels rise <fast> & the \u0007bridge closes",
    summary: "Water rose overnight.",
    contentHtml: '<p>Water rose <a href="https://example.org/a?b=1&amp;c=2">overnight</a>.</p>',
    published: POSTED,
    updated: POSTED + 3600,
    timeZone: "Asia/Baghdad",
    language: "en",
    author: { name: "The Tigris Courier", url: "https://t.me/tigris" },
    tags: ["baghdad", "floods"],
    imageUrl: `${BASE}/media/${"a".repeat(64)}.jpg`,
    enclosures: [
      { url: `${BASE}/media/${"a".repeat(64)}.jpg`, mimeType: "image/jpeg", length: 12345 },
      { url: `${BASE}/media/${"b".repeat(64)}.mp4`, mimeType: "video/mp4", length: null },
    ],
    ...over,
  };
}

function doc(items: FeedItem[]): FeedDocument {
  return {
    title: "The Tigris Courier",
    description: "Latest news from The Tigris Courier",
    homeUrl: `${BASE}/`,
    links: { rss: `${BASE}/feed/`, atom: `${BASE}/feed/atom/`, json: `${BASE}/feed.json` },
    language: "en",
    updated: POSTED + 7200,
    author: { name: "The Tigris Courier", url: `${BASE}/` },
    items,
  };
}

const ARABIC = item({
  id: `${BASE}/p/tigris/43`,
  url: `${BASE}/2021/02/19/%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF/`,
  title: "بغداد – ارتفاع منسوب دجلة",
  language: "ar",
  enclosures: [],
  imageUrl: null,
  tags: [],
});

describe("dates", () => {
  it("writes RFC 822 for RSS and RFC 3339 for Atom and JSON Feed", () => {
    expect(rfc822(POSTED)).toBe("Fri, 19 Feb 2021 10:26:00 GMT");
    expect(rfc822(POSTED)).toMatch(RFC822);
    expect(rfc3339(POSTED)).toBe("2021-02-19T10:26:00Z");
    expect(rfc3339(POSTED, "Asia/Baghdad")).toBe("2021-02-19T13:26:00+03:00");
    expect(rfc3339(POSTED, "Asia/Tehran")).toMatch(RFC3339);
  });
});

describe("XML text", () => {
  it("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(xmlEscape(`a<b>&"c'\u0000\u0007\uFFFE\uD800d`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;d");
    // Tab, newline, and characters outside the BMP stay.
    expect(xmlEscape("a\tb\nc 😀")).toBe("a\tb\nc 😀");
  });
});

describe("RSS 2.0", () => {
  const xml = renderRss(doc([item(), ARABIC]));

  it("is well-formed and has what the specification requires", () => {
    const { items } = checkRss(xml);
    expect(items).toHaveLength(2);
  });

  it("carries the item: escaped title, stable guid, RFC 822 date, full content, one enclosure", () => {
    const [first] = checkRss(xml).items;
    expect(first?.title).toBe("River levels rise <fast> & the bridge closes");
    expect(first?.guid).toBe(`${BASE}/p/tigris/42`);
    expect(first?.guidIsPermaLink).toBe("false");
    expect(first?.pubDate).toBe("Fri, 19 Feb 2021 10:26:00 GMT");
    expect(first?.content).toContain('<a href="https://example.org/a?b=1&amp;c=2">overnight</a>');
    expect(first?.enclosures).toEqual([
      { url: `${BASE}/media/${"a".repeat(64)}.jpg`, length: "12345", type: "image/jpeg" },
    ]);
    expect(first?.categories).toEqual(["baghdad", "floods"]);
  });

  it("writes length 0 for an enclosure of unknown size (RSS Profile)", () => {
    const only = item({ enclosures: [{ url: `${BASE}/media/x.mp4`, mimeType: "video/mp4", length: null }] });
    expect(checkRss(renderRss(doc([only]))).items[0]?.enclosures[0]?.length).toBe("0");
  });

  it("the check catches what the specification forbids", () => {
    expect(() => checkRss(xml.replace(/<description>[^<]*<\/description><atom:link/, "<atom:link"))).toThrow(
      /description/,
    );
    expect(() => checkRss(xml.replace("<pubDate>Fri, 19 Feb 2021", "<pubDate>2021-02-19"))).toThrow(
      /RFC 822/,
    );
    expect(() => checkRss(xml.replace('length="12345"', ""))).toThrow(/length/);
    expect(() => checkRss(xml.replace("<item>", "<item><title>x</title>"))).not.toThrow();
    expect(() => checkRss(xml.replace("</item>", ""))).toThrow(/well-formed/);
  });

  it("is valid with no items", () => {
    expect(checkRss(renderRss(doc([]))).items).toEqual([]);
  });
});

describe("Atom", () => {
  const xml = renderAtom(doc([item(), ARABIC]));

  it("is well-formed and has what RFC 4287 requires", () => {
    const { entries } = checkAtom(xml);
    expect(entries).toHaveLength(2);
  });

  it("carries ids, RFC 3339 dates in the channel's offset, HTML content and every enclosure", () => {
    const [first, second] = checkAtom(xml).entries;
    expect(first?.id).toBe(`${BASE}/p/tigris/42`);
    expect(first?.published).toBe("2021-02-19T13:26:00+03:00");
    expect(first?.updated).toBe("2021-02-19T14:26:00+03:00");
    expect(first?.contentType).toBe("html");
    expect(first?.content).toContain("<p>Water rose");
    expect(first?.enclosures.map((e) => e.type)).toEqual(["image/jpeg", "video/mp4"]);
    expect(first?.enclosures[0]?.length).toBe("12345");
    expect(second?.title).toBe("بغداد – ارتفاع منسوب دجلة");
    expect(xml).toContain('<entry xml:lang="ar">');
  });

  it("the check catches what RFC 4287 forbids", () => {
    expect(() => checkAtom(xml.replace(/<updated>[^<]*<\/updated>/, ""))).toThrow(/updated/);
    expect(() => checkAtom(xml.replace("<title", "<title>x</title><title"))).toThrow(/exactly one <title>/);
    expect(() =>
      checkAtom(xml.replace("<published>2021-02-19T13:26:00+03:00", "<published>19 Feb 2021")),
    ).toThrow(/RFC 3339/);
  });

  it("names the feed by its own address and links to itself", () => {
    const { feed } = checkAtom(xml);
    expect(JSON.stringify(feed)).toContain(`${BASE}/feed/atom/`);
  });
});

describe("JSON Feed 1.1", () => {
  it("matches the schema of version 1.1", () => {
    const parsed = JsonFeedSchema.parse(JSON.parse(renderJsonFeed(doc([item(), ARABIC]))));
    expect(parsed.items).toHaveLength(2);
    const first = parsed.items[0]!;
    expect(first.id).toBe(`${BASE}/p/tigris/42`);
    expect(first.date_published).toBe("2021-02-19T13:26:00+03:00");
    expect(first.attachments).toEqual([
      { url: `${BASE}/media/${"a".repeat(64)}.jpg`, mime_type: "image/jpeg", size_in_bytes: 12345 },
      { url: `${BASE}/media/${"b".repeat(64)}.mp4`, mime_type: "video/mp4" },
    ]);
    expect(parsed.items[1]?.attachments).toBeUndefined();
  });

  it("the schema rejects a feed missing what 1.1 requires", () => {
    expect(JsonFeedSchema.safeParse({ version: "https://jsonfeed.org/version/1.1", items: [] }).success).toBe(
      false,
    );
    const noContent = { version: "https://jsonfeed.org/version/1.1", title: "t", items: [{ id: "1" }] };
    expect(JsonFeedSchema.safeParse(noContent).success).toBe(false);
  });
});

describe("feed content", () => {
  it("makes the site's root-relative links absolute and leaves others alone", () => {
    const html =
      '<p><a href="/tag/basra/">#Basra</a> <a href="https://t.me/x">x</a> <a href="//cdn">y</a></p>';
    expect(absolutizeHtml(html, BASE)).toBe(
      `<p><a href="${BASE}/tag/basra/">#Basra</a> <a href="https://t.me/x">x</a> <a href="//cdn">y</a></p>`,
    );
  });

  it("puts a leading photo first, then the dateline and body, then the other media, all absolute", () => {
    const abs = (p: string) => BASE + p;
    const html = articleContentHtml(
      {
        bodyHtml: "<p>Body</p>",
        dateline: "Basra – Courier",
        media: [
          { kind: "image", src: "/media/a.jpg", width: 800, height: 600 },
          { kind: "file", src: "/media/b.pdf", fileName: "report <1>.pdf" },
          { kind: "unavailable", src: "", telegramUrl: "https://t.me/tigris/42" },
        ],
      },
      abs,
      "View on Telegram",
    );
    expect(html).toBe(
      `<figure><img src="${BASE}/media/a.jpg" width="800" height="600" alt=""></figure>` +
        "<p><strong>Basra – Courier</strong></p><p>Body</p>" +
        `<p><a href="${BASE}/media/b.pdf">report &lt;1&gt;.pdf</a></p>` +
        '<p><a href="https://t.me/tigris/42">View on Telegram</a></p>',
    );
  });
});
