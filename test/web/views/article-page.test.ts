import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { renderArticlePage } from "../../../src/web/views/index.js";
import { arabicArticle, editedEnglishArticle, peopleChannel, site, wireChannel } from "./fixtures.js";
import { wellFormednessProblems } from "./well-formed.js";

describe("renderArticlePage: an Arabic post on an English site", () => {
  const html = renderArticlePage(site(), arabicArticle());
  const $ = load(html);

  it("is a complete, well-formed document", () => {
    expect(typeof html).toBe("string");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(wellFormednessProblems(html)).toEqual([]);
  });

  it("is an RTL Arabic document whose English chrome is marked as such", () => {
    expect($("html").attr("lang")).toBe("ar");
    expect($("html").attr("dir")).toBe("rtl");
    expect($("header.site-header").attr("lang")).toBe("en");
    expect($("header.site-header").attr("dir")).toBe("ltr");
    expect($("footer.site-footer").attr("lang")).toBe("en");
    // The article inherits the page's language: no redundant attributes on it.
    expect($("article").attr("lang")).toBeUndefined();
  });

  it("has landmarks, a skip link that targets main, and one h1 with the headline", () => {
    expect($("body > header.site-header")).toHaveLength(1);
    expect($("main#main")).toHaveLength(1);
    expect($("body > footer.site-footer")).toHaveLength(1);
    expect($("a.skip").attr("href")).toBe("#main");
    expect($("h1")).toHaveLength(1);
    expect($("article h1").text()).toBe("افتتاح جسر جديد على نهر دجلة وسط بغداد");
  });

  it("shows the publication time with its machine-readable value", () => {
    const time = $("article header time").first();
    expect(time.text()).toBe("2021.02.19 – 13:26");
    expect(time.attr("datetime")).toBe("2021-02-19T10:26:00.000Z");
    expect($("article").text()).not.toContain("Updated");
  });

  it("sets the dateline apart from the body's paragraphs, once", () => {
    const dateline = $("article p.dateline");
    expect(dateline).toHaveLength(1);
    expect(dateline.text()).toBe("بغداد – الناس");
    expect(dateline.closest(".article-body")).toHaveLength(0);
    expect(dateline.nextAll(".article-body")).toHaveLength(1);
    expect($(".article-body").text()).not.toContain("بغداد – الناس");
    expect($(".article-body > p")).toHaveLength(2);
  });

  it("inserts the trusted body as HTML", () => {
    expect($(".article-body blockquote").text()).toBe("نأمل أن يفتح جسر ثانٍ قبل نهاية العام");
  });

  it("renders the three photos as responsive figures, only the lead one eager", () => {
    const imgs = $("article figure img");
    expect(imgs).toHaveLength(3);
    imgs.each((_, img) => {
      expect($(img).attr("srcset")).toMatch(/320w.*640w.*1280w/);
      expect($(img).attr("sizes")).toBeTruthy();
      expect($(img).attr("width")).toBe("1280");
      expect($(img).attr("height")).toBe("853");
      expect($(img).attr("alt")).toBe("");
    });
    expect(imgs.eq(0).attr("loading")).toBeUndefined();
    expect(imgs.eq(0).attr("fetchpriority")).toBe("high");
    expect(imgs.eq(1).attr("loading")).toBe("lazy");
    expect(imgs.eq(2).attr("loading")).toBe("lazy");
    // The lead photo comes before the dateline; the others follow the body.
    expect($("article > figure").first().next().is("p.dateline")).toBe(true);
    expect($(".article-body").nextAll("figure")).toHaveLength(2);
  });

  it("lists the tags and links the post on Telegram", () => {
    expect(
      $("article .tags a[rel=tag]")
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(["بغداد", "جسور"]);
    const tg = $('article a[href="https://t.me/people/4512"]');
    expect(tg.text()).toBe("View on Telegram");
    expect(tg.attr("lang")).toBe("en");
  });

  it("shows the channel's call to action exactly once, after the article and outside it", () => {
    expect($(".cta")).toHaveLength(1);
    expect($("article .cta")).toHaveLength(0);
    expect($("article").nextAll(".cta")).toHaveLength(1);
    expect($(".cta a").attr("href")).toBe(peopleChannel.telegramUrl);
    expect(html.split(peopleChannel.cta ?? "").length - 1).toBe(1);
  });

  it("has the head a crawler and a social card need", () => {
    const canonical = "https://news.example.org/2021/02/19/%D8%AC%D8%B3%D8%B1-%D8%AC%D8%AF%D9%8A%D8%AF/";
    expect($("head meta[charset]").attr("charset")).toBe("utf-8");
    expect($("head meta[name=viewport]").attr("content")).toContain("width=device-width");
    expect($("head title").text()).toBe("افتتاح جسر جديد على نهر دجلة وسط بغداد – Dateline Test");
    expect($("head meta[name=description]").attr("content")).toBe(arabicArticle().summary);
    expect($("head link[rel=canonical]").attr("href")).toBe(canonical);
    expect($('head meta[property="og:type"]').attr("content")).toBe("article");
    expect($('head meta[property="og:url"]').attr("content")).toBe(canonical);
    expect($('head meta[property="og:title"]').attr("content")).toBe(arabicArticle().headline);
    expect($('head meta[property="og:description"]').attr("content")).toBe(arabicArticle().summary);
    expect($('head meta[property="og:image"]').attr("content")).toBe(
      "https://news.example.org/media/ph/1-1280.jpg",
    );
    expect($('head meta[property="og:locale"]').attr("content")).toBe("ar_AR");
    expect($('head meta[name="twitter:card"]').attr("content")).toBe("summary_large_image");
    expect($('head link[rel=alternate][type="application/rss+xml"]').attr("href")).toBe("/feed/");
    expect($("head link[rel=stylesheet]").attr("href")).toMatch(/^\/assets\/site\.[0-9a-f]{10}\.css$/);
  });
});

describe("renderArticlePage: an edited English post with video, file and missing media", () => {
  const twoChannels = site({ channels: [peopleChannel, wireChannel] });
  const html = renderArticlePage(twoChannels, editedEnglishArticle());
  const $ = load(html);

  it("is a well-formed LTR English document with unmarked chrome", () => {
    expect(wellFormednessProblems(html)).toEqual([]);
    expect($("html").attr("lang")).toBe("en");
    expect($("html").attr("dir")).toBe("ltr");
    expect($("header.site-header").attr("lang")).toBeUndefined();
  });

  it('shows "Updated <time>" linking to the revision history', () => {
    const link = $('article header a[href="/2021/03/02/council-approves-night-buses/revisions/"]');
    expect(link).toHaveLength(1);
    expect(link.text()).toBe("Updated 2021.03.02 – 12:15");
    expect(link.find("time").attr("datetime")).toBe("2021-03-02T09:15:00.000Z");
    expect($('head meta[property="article:modified_time"]').attr("content")).toBe("2021-03-02T09:15:00.000Z");
  });

  it("shows the update time without a link when there is no revisions page", () => {
    const $$ = load(renderArticlePage(twoChannels, editedEnglishArticle({ revisionsUrl: null })));
    expect($$("article header .byline").text()).toContain("Updated 2021.03.02 – 12:15");
    expect($$("article header .byline a")).toHaveLength(0);
  });

  it("leads with the video, with controls and metadata-only preload", () => {
    const video = $("article > figure video");
    expect(video.attr("controls")).toBeDefined();
    expect(video.attr("preload")).toBe("metadata");
    expect(video.attr("poster")).toBe("/media/v/1.jpg");
    expect($("article > figure figcaption a[download]").attr("href")).toBe("/media/v/1.mp4");
  });

  it("offers files as download links, and points missing media to Telegram", () => {
    const file = $("article .media-file a[download]");
    expect(file.attr("href")).toBe("/media/f/timetable%20v2.pdf");
    expect(file.text()).toBe("Download: timetable v2.pdf");
    expect($('article .media-unavailable a[href="https://t.me/citywire/88"]')).toHaveLength(1);
  });

  it("shows only this article's channel call to action, once; nav lists the channels", () => {
    expect($(".cta")).toHaveLength(1);
    expect($(".cta a").attr("href")).toBe(wireChannel.telegramUrl);
    expect(html).not.toContain(peopleChannel.cta ?? "");
    expect($("nav.channels a")).toHaveLength(2);
  });

  it("uses a plain summary card when there is no image", () => {
    expect($('head meta[property="og:image"]')).toHaveLength(0);
    expect($('head meta[name="twitter:card"]').attr("content")).toBe("summary");
    expect($('head meta[property="og:locale"]').attr("content")).toBe("en_US");
  });

  it("leaves the dateline without an outlet as just the place", () => {
    expect($("p.dateline").text()).toBe("Mosul");
  });
});

describe("renderArticlePage: escaping", () => {
  const headline = 'Breaking: <script>alert(1)</script> "quoted" & more';
  const html = renderArticlePage(
    site({ title: 'Site "Q" <b>' }),
    arabicArticle({
      headline,
      summary: 'Summary with "quotes" and <img src=x onerror=alert(1)>',
      tags: [{ name: "<i>tag</i>", url: '/tag/a"onmouseover="x/' }],
      dateline: { place: "<b>Place</b>", outlet: null },
      channel: { ...peopleChannel, cta: "<em>Join</em>" },
    }),
  );
  const $ = load(html);

  it("escapes text and attribute values everywhere", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; more");
    expect(html).toContain(
      'content="Summary with &quot;quotes&quot; and &lt;img src=x onerror=alert(1)&gt;"',
    );
    expect(html).toContain('href="/tag/a&quot;onmouseover=&quot;x/"');
    expect(wellFormednessProblems(html)).toEqual([]);
  });

  it("round-trips the original strings through the parser", () => {
    expect($("h1").text()).toBe(headline);
    expect($('meta[property="og:title"]').attr("content")).toBe(headline);
    expect($("title").text()).toBe(`${headline} – Site "Q" <b>`);
    expect($(".tags a").text()).toBe("<i>tag</i>");
    expect($(".tags a").attr("href")).toBe('/tag/a"onmouseover="x/');
    expect($("p.dateline").text()).toBe("<b>Place</b>");
    expect($(".cta a").text()).toBe("<em>Join</em>");
    expect($("article b, article i, .cta em")).toHaveLength(0);
  });
});

describe("renderArticlePage: channel without a call to action", () => {
  it("renders no call-to-action box at all", () => {
    const html = renderArticlePage(site(), arabicArticle({ channel: { ...peopleChannel, cta: null } }));
    expect(load(html)(".cta")).toHaveLength(0);
  });
});
