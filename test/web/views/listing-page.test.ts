import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { renderListingPage } from "../../../src/web/views/index.js";
import { homePage2, peopleChannel, site, wireChannel } from "./fixtures.js";
import { wellFormednessProblems } from "./well-formed.js";

describe("renderListingPage", () => {
  const twoChannels = site({ channels: [peopleChannel, wireChannel] });
  const html = renderListingPage(twoChannels, homePage2());
  const $ = load(html);

  it("is a well-formed document in the site's language", () => {
    expect(wellFormednessProblems(html)).toEqual([]);
    expect($("html").attr("lang")).toBe("en");
    expect($("html").attr("dir")).toBe("ltr");
  });

  it("gives the home page an h1 (the site name, visually hidden)", () => {
    expect($("h1")).toHaveLength(1);
    expect($("h1").text()).toBe("Dateline Test");
    expect($("h1").hasClass("vh")).toBe(true);
  });

  it("shows a visible heading on archives", () => {
    const $$ = load(
      renderListingPage(twoChannels, homePage2({ title: "February 2021", heading: "February 2021" })),
    );
    expect($$("h1").text()).toBe("February 2021");
    expect($$("h1").hasClass("vh")).toBe(false);
    expect($$("title").text()).toBe("February 2021 – Dateline Test");
  });

  it("marks every item with its own language and direction", () => {
    const items = $("ul.items > li");
    expect(items).toHaveLength(3);
    expect(items.map((_, li) => `${$(li).attr("lang")}/${$(li).attr("dir")}`).get()).toEqual([
      "ar/rtl",
      "en/ltr",
      "en/ltr",
    ]);
  });

  it("shows headline link, time, dateline, summary and channel per item", () => {
    const first = $("ul.items > li").first();
    expect(first.find("h2 a").attr("href")).toBe("/2021/02/19/%D8%AC%D8%B3%D8%B1-%D8%AC%D8%AF%D9%8A%D8%AF/");
    expect(first.find("time").text()).toBe("2021.02.19 – 13:26");
    expect(first.find("time").attr("datetime")).toBe("2021-02-19T10:26:00.000Z");
    expect(first.find(".dateline").text()).toBe("بغداد – الناس");
    expect(first.find(".item-summary").text()).toContain("افتتحت أمانة بغداد");
    expect(first.find(".item-meta").text()).toContain("الناس");
    expect($("ul.items > li").eq(2).find(".dateline")).toHaveLength(0);
  });

  it("adds a responsive thumbnail only where there is an image, lazy after the first", () => {
    const thumbs = $("ul.items img.thumb");
    expect(thumbs).toHaveLength(2);
    expect(thumbs.eq(0).attr("srcset")).toContain("320w");
    expect(thumbs.eq(0).attr("sizes")).toBe("(min-width: 40rem) 9rem, 6rem");
    expect(thumbs.eq(0).attr("loading")).toBeUndefined();
    expect(thumbs.eq(1).attr("loading")).toBe("lazy");
    expect($("ul.items > li").eq(1).find("img")).toHaveLength(0);
  });

  it("links newer and older pages with rel=prev/next", () => {
    const prev = $("nav.pagination a[rel=prev]");
    const next = $("nav.pagination a[rel=next]");
    expect(prev.attr("href")).toBe("/");
    expect(prev.text()).toContain("Newer");
    expect(next.attr("href")).toBe("/page/3/");
    expect(next.text()).toContain("Older");
    expect($("nav.pagination [aria-current=page]").text()).toBe("Page 2");
  });

  it("omits pagination when there is only one page, and says when there is nothing", () => {
    const $$ = load(
      renderListingPage(
        twoChannels,
        homePage2({ items: [], pagination: { page: 1, prevUrl: null, nextUrl: null } }),
      ),
    );
    expect($$("nav.pagination")).toHaveLength(0);
    expect($$("main").text()).toContain("No articles yet.");
  });

  it("puts the call to action once, in the masthead, with each channel's link", () => {
    expect($(".cta")).toHaveLength(1);
    expect($("header.site-header .cta")).toHaveLength(1);
    expect(
      $(".cta a")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual([peopleChannel.telegramUrl, wireChannel.telegramUrl]);
    expect(html.split(wireChannel.cta ?? "").length - 1).toBe(1);
  });

  it("has canonical, OpenGraph and feed autodiscovery without duplicates", () => {
    expect($("link[rel=canonical]").attr("href")).toBe("https://news.example.org/page/2/");
    expect($('meta[property="og:type"]').attr("content")).toBe("website");
    expect($('meta[property="og:url"]').attr("content")).toBe("https://news.example.org/page/2/");
    // The listing's feed is the site feed here: listed once.
    expect(
      $("link[rel=alternate]")
        .map((_, l) => $(l).attr("href"))
        .get(),
    ).toEqual(["/feed/"]);
  });

  it("adds a tag page's own feed after the site's, typed by its path", () => {
    const $$ = load(
      renderListingPage(twoChannels, homePage2({ title: "#transport", feedUrl: "/tag/transport/feed.json" })),
    );
    const alt = $$("link[rel=alternate]");
    expect(alt.map((_, l) => $$(l).attr("href")).get()).toEqual(["/feed/", "/tag/transport/feed.json"]);
    expect(alt.eq(1).attr("type")).toBe("application/feed+json");
    expect(alt.eq(1).attr("title")).toBe("#transport – Dateline Test");
  });

  it("shows no channel names or channel nav on a one-channel site", () => {
    const $$ = load(renderListingPage(site(), homePage2()));
    expect($$("nav.channels")).toHaveLength(0);
    expect($$(".item-meta").first().text()).toBe("2021.02.19 – 13:26");
  });

  it("links the channel nav to the channel's page when the presenter gives one", () => {
    const withUrl = { ...wireChannel, url: "/channel/citywire/" };
    const $$ = load(renderListingPage(site({ channels: [peopleChannel, withUrl] }), homePage2()));
    expect(
      $$("nav.channels a")
        .map((_, a) => $$(a).attr("href"))
        .get(),
    ).toEqual(["https://t.me/people", "/channel/citywire/"]);
  });

  it("lays out an Arabic site right to left with Arabic chrome", () => {
    const arabicSite = site({ language: "ar", direction: "rtl", title: "الناس" });
    const $$ = load(renderListingPage(arabicSite, homePage2()));
    expect($$("html").attr("dir")).toBe("rtl");
    expect($$("header.site-header").attr("lang")).toBeUndefined();
    expect($$("nav.pagination a[rel=next]").text()).toContain("الأقدم");
    expect($$("label[for=site-search-q]").text()).toBe("ابحث في المقالات");
  });
});
