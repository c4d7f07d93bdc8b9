// Conditional requests against cached pages (RFC 9110 §13): If-None-Match first, If-Modified-Since only
// without it, and only for pages that carry a Last-Modified.
import { describe, expect, it } from "vitest";
import { isNotModified, PageCache } from "../../src/web/page-cache.js";

const T = Date.UTC(2021, 1, 19, 10, 26) / 1000;
const httpDate = (unix: number) => new Date(unix * 1000).toUTCString();

function page(lastModified?: number, status = 200) {
  return new PageCache().put(
    "/x",
    {
      status,
      body: "<rss/>",
      contentType: "application/rss+xml",
      cacheControl: "public, max-age=60",
      ...(lastModified ? { lastModified } : {}),
      tags: ["listing"],
    },
    false,
  );
}

describe("isNotModified", () => {
  const p = page(T);

  it("matches If-None-Match exactly, weakly, in a list, or as *", () => {
    expect(isNotModified(p, "GET", p.etag, undefined)).toBe(true);
    expect(isNotModified(p, "GET", `W/${p.etag}`, undefined)).toBe(true);
    expect(isNotModified(p, "GET", `"a", ${p.etag}`, undefined)).toBe(true);
    expect(isNotModified(p, "GET", "*", undefined)).toBe(true);
    expect(isNotModified(p, "GET", '"other"', undefined)).toBe(false);
  });

  it("answers If-Modified-Since at or after Last-Modified, not before", () => {
    expect(isNotModified(p, "GET", undefined, httpDate(T))).toBe(true);
    expect(isNotModified(p, "HEAD", undefined, httpDate(T + 60))).toBe(true);
    expect(isNotModified(p, "GET", undefined, httpDate(T - 1))).toBe(false);
    expect(isNotModified(p, "GET", undefined, "not a date")).toBe(false);
    expect(isNotModified(p, "POST", undefined, httpDate(T))).toBe(false);
  });

  it("lets If-None-Match decide when both are sent", () => {
    expect(isNotModified(p, "GET", '"other"', httpDate(T))).toBe(false);
    expect(isNotModified(p, "GET", p.etag, httpDate(T - 1))).toBe(true);
  });

  it("ignores If-Modified-Since for pages without Last-Modified, and validates only 200s", () => {
    expect(isNotModified(page(), "GET", undefined, httpDate(T))).toBe(false);
    const gone = page(T, 410);
    expect(isNotModified(gone, "GET", gone.etag, undefined)).toBe(false);
  });

  it("sends Last-Modified with the 304 too", () => {
    expect(p.notModifiedHeaders["last-modified"]).toBe(httpDate(T));
    expect(page().notModifiedHeaders["last-modified"]).toBeUndefined();
  });
});
