import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { renderRevisionsPage } from "../../../src/web/views/index.js";
import { revisions, site } from "./fixtures.js";
import { wellFormednessProblems } from "./well-formed.js";

describe("renderRevisionsPage", () => {
  const html = renderRevisionsPage(site(), revisions());
  const $ = load(html);

  it("is a well-formed, unindexed page in the site's language", () => {
    expect(wellFormednessProblems(html)).toEqual([]);
    expect($("html").attr("lang")).toBe("en");
    expect($("meta[name=robots]").attr("content")).toBe("noindex");
    expect($("h1 a").attr("lang")).toBe("ar");
    expect($("h1 a").attr("dir")).toBe("rtl");
  });

  it("lists revisions newest first with their times", () => {
    const headings = $("section.revision h2");
    expect(headings.map((_, h) => $(h).text()).get()).toEqual([
      "Revision 2 · 2021.02.19 – 14:00",
      "Revision 1 · 2021.02.19 – 13:26",
    ]);
    expect(headings.eq(0).find("time").attr("datetime")).toBe("2021-02-19T11:00:00.000Z");
  });

  it("marks added and removed lines, in the article's language", () => {
    const diff = $("section.revision").first().find(".diff");
    expect(diff.attr("lang")).toBe("ar");
    expect(diff.attr("dir")).toBe("rtl");
    expect(
      diff
        .children()
        .map((_, el) => el.tagName)
        .get(),
    ).toEqual(["del", "ins", "span", "ins"]);
    expect(diff.find("del").text()).toBe("Removed: السطر الأول");
    expect(diff.find("ins").first().text()).toBe("Added: السطر الأول المعدل");
    expect(diff.find("del .vh").attr("lang")).toBe("en");
  });

  it("links back to the article", () => {
    expect(
      $('main a[href="/2021/02/19/%D8%AC%D8%B3%D8%B1-%D8%AC%D8%AF%D9%8A%D8%AF/"]').length,
    ).toBeGreaterThanOrEqual(2);
  });
});
