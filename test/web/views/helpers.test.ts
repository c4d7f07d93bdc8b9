import { describe, expect, it } from "vitest";
import { feedLinks, feedTypeOf } from "../../../src/web/views/feed-links.js";
import { langAttrs } from "../../../src/web/views/lang-attrs.js";
import { ogLocale } from "../../../src/web/views/og-locale.js";
import { absoluteUrl, pageTitle } from "../../../src/web/views/page-meta.js";
import { uiText } from "../../../src/web/views/ui-words.js";
import { site } from "./fixtures.js";

describe("view helpers", () => {
  it("ogLocale maps BCP 47 tags to OpenGraph's language_TERRITORY", () => {
    expect(ogLocale("ar")).toBe("ar_AR");
    expect(ogLocale("fa")).toBe("fa_IR");
    expect(ogLocale("en-GB")).toBe("en_GB");
    expect(ogLocale("xx")).toBe("xx");
  });

  it("feedTypeOf reads the media type from the feed path", () => {
    expect(feedTypeOf("/feed/")).toBe("application/rss+xml");
    expect(feedTypeOf("/tag/x/feed.json?page=2")).toBe("application/feed+json");
    expect(feedTypeOf("/atom.xml")).toBe("application/atom+xml");
  });

  it("feedLinks adds a listing's feed once", () => {
    expect(feedLinks(site(), { title: "x", feedUrl: "/feed/" })).toHaveLength(1);
    expect(feedLinks(site(), { title: "x", feedUrl: null })).toHaveLength(1);
    expect(feedLinks(site(), { title: "x", feedUrl: "/x/feed/" })).toHaveLength(2);
  });

  it("pageTitle puts the page first and does not repeat the site name", () => {
    expect(pageTitle("Headline", site())).toBe("Headline – Dateline Test");
    expect(pageTitle("Dateline Test", site())).toBe("Dateline Test");
    expect(pageTitle(" ", site())).toBe("Dateline Test");
  });

  it("absoluteUrl joins base and path", () => {
    expect(absoluteUrl(site(), "/a/")).toBe("https://news.example.org/a/");
    expect(absoluteUrl(site(), "a/")).toBe("https://news.example.org/a/");
    expect(absoluteUrl(site(), "https://cdn.example/x")).toBe("https://cdn.example/x");
  });

  it("langAttrs marks only what differs", () => {
    expect(langAttrs({ lang: "en", dir: "ltr" }, { lang: "en", dir: "ltr" })).toEqual({});
    expect(langAttrs({ lang: "en", dir: "ltr" }, { lang: "ar", dir: "rtl" })).toEqual({
      lang: "en",
      dir: "ltr",
    });
  });

  it("uiText uses the primary language and falls back to English", () => {
    expect(uiText("ar-IQ").lang).toBe("ar");
    expect(uiText("fa").dir).toBe("rtl");
    expect(uiText("uk").lang).toBe("en");
    expect(uiText("ru").page(3)).toBe("Страница 3");
  });
});
