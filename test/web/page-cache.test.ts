import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipFor, isNotModified, PageCache } from "../../src/web/page-cache.js";

const html = `<!doctype html><p>${"news ".repeat(500)}</p>`;

function put(cache: PageCache, key: string, body: string, tags = ["listing"]) {
  return cache.put(key, {
    status: 200,
    body,
    contentType: "text/html; charset=utf-8",
    cacheControl: "public, no-cache",
    tags,
  });
}

describe("page cache", () => {
  it("compresses a page on the first request that accepts gzip, and only then", () => {
    const page = put(new PageCache(), "/", html);
    expect(page.gzip).toBeNull();
    expect(gzipFor(page, undefined)).toBeNull();
    expect(gzipFor(page, "br")).toBeNull();
    const gz = gzipFor(page, "gzip, deflate")!;
    expect(gunzipSync(gz.body).toString()).toBe(html);
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers["content-length"]).toBe(String(gz.body.length));
    expect(gzipFor(page, "gzip")).toBe(gz); // kept with the page
  });

  it("leaves small bodies uncompressed", () => {
    expect(gzipFor(put(new PageCache(), "/x", "<p>short</p>"), "gzip")).toBeNull();
  });

  it("drops exactly the pages carrying an invalidated tag", () => {
    const cache = new PageCache();
    put(cache, "/a/", html, ["article:1"]);
    put(cache, "/", html, ["listing"]);
    put(cache, "/b/", html, ["article:2"]);
    cache.invalidate(["article:1", "listing"]);
    expect(cache.get("/a/")).toBeUndefined();
    expect(cache.get("/")).toBeUndefined();
    expect(cache.get("/b/")).toBeDefined();
  });

  it("evicts the oldest pages beyond its size", () => {
    const cache = new PageCache(2);
    put(cache, "/1/", html);
    put(cache, "/2/", html);
    put(cache, "/3/", html);
    expect(cache.get("/1/")).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it("answers 304 to a matching ETag", () => {
    const page = put(new PageCache(), "/", html);
    expect(isNotModified(page, "GET", page.etag, undefined)).toBe(true);
    expect(isNotModified(page, "GET", '"other"', undefined)).toBe(false);
  });
});
