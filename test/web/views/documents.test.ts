// Invariants every page must keep, checked on all of them at once: CSP-safe (no inline script or style),
// well-formed, the stylesheet and the search form present, one h1, a skip link.
import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import {
  renderArticlePage,
  renderErrorPage,
  renderListingPage,
  renderRevisionsPage,
  SITE_CSS_PATH,
} from "../../../src/web/views/index.js";
import {
  arabicArticle,
  editedEnglishArticle,
  errors,
  homePage2,
  peopleChannel,
  revisions,
  site,
  wireChannel,
} from "./fixtures.js";
import { wellFormednessProblems } from "./well-formed.js";

const twoChannels = site({ channels: [peopleChannel, wireChannel] });
const pages: [string, string][] = [
  ["arabic article", renderArticlePage(site(), arabicArticle())],
  ["edited english article", renderArticlePage(twoChannels, editedEnglishArticle())],
  ["listing", renderListingPage(twoChannels, homePage2())],
  ["revisions", renderRevisionsPage(site(), revisions())],
  ["404", renderErrorPage(site(), errors[404])],
  ["410", renderErrorPage(site(), errors[410])],
];

describe.each(pages)("%s", (_, html) => {
  const $ = load(html);

  it("is a string document starting with the doctype, and well-formed", () => {
    expect(typeof html).toBe("string");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(wellFormednessProblems(html)).toEqual([]);
  });

  it("has nothing a strict Content-Security-Policy would block", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it("links the versioned stylesheet and keeps the head essentials", () => {
    expect($("head link[rel=stylesheet]").attr("href")).toBe(SITE_CSS_PATH);
    expect($("head meta[charset]")).toHaveLength(1);
    expect($("head title").text()).toMatch(/Dateline Test$/);
    expect($("html").attr("lang")).toBeTruthy();
    expect($("html").attr("dir")).toMatch(/^(ltr|rtl)$/);
  });

  it("has a skip link, landmarks and a search form that works without JavaScript", () => {
    expect($("a.skip").attr("href")).toBe("#main");
    expect($("header.site-header a[rel=home]").attr("href")).toBe("/");
    const form = $("search form");
    expect(form.attr("action")).toBe("/search");
    expect(form.attr("method")).toBe("get");
    const input = form.find("input[name=q]");
    expect($(`label[for="${input.attr("id")}"]`).text()).toBeTruthy();
  });

  it("shows the call to action at most once", () => {
    expect($(".cta").length).toBeLessThanOrEqual(1);
  });
});
