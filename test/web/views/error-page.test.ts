import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { renderErrorPage } from "../../../src/web/views/index.js";
import { errors, site } from "./fixtures.js";
import { wellFormednessProblems } from "./well-formed.js";

describe("renderErrorPage", () => {
  it.each([400, 404, 410, 500] as const)("renders %i as a well-formed, unindexed page", (status) => {
    const html = renderErrorPage(site(), errors[status]);
    const $ = load(html);
    expect(wellFormednessProblems(html)).toEqual([]);
    expect($("h1").text()).toBe(errors[status].title);
    expect($("main").text()).toContain(errors[status].message);
    expect($(".error-status").text()).toBe(String(status));
    expect($("title").text()).toBe(`${errors[status].title} – Dateline Test`);
    expect($("meta[name=robots]").attr("content")).toBe("noindex");
    expect($("link[rel=canonical]")).toHaveLength(0);
    expect($('meta[property^="og:"]')).toHaveLength(0);
    // A way on: the front page, and search in the masthead.
    expect($('main a[href="/"]')).toHaveLength(1);
    expect($('form[action="/search"] input[name=q]')).toHaveLength(1);
  });

  it("adds the removal notice only to 410", () => {
    expect(load(renderErrorPage(site(), errors[410]))(".notice").text()).toBe(
      "The publisher removed this article. It is no longer available here.",
    );
    expect(load(renderErrorPage(site(), errors[404]))(".notice")).toHaveLength(0);
  });

  it("escapes the message", () => {
    const html = renderErrorPage(site(), { status: 400, title: "Bad <q>", message: 'No "<script>" here' });
    expect(html).not.toMatch(/<script/i);
    expect(load(html)("main p").eq(1).text()).toBe('No "<script>" here');
  });
});
