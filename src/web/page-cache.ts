// The page cache: rendered pages kept in memory as bytes with their headers and validators, answered on
// the raw Node request before any framework code runs (see fastPath). Entries carry tags ("article:42",
// "listing") and are dropped precisely when what they show changes. Figures: docs/benchmarks.md.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

export interface CachedPage {
  status: number;
  body: Buffer;
  /** Worth compressing (text, at least GZIP_MIN_BYTES); the gzip form is made on first demand. */
  compressible: boolean;
  gzip: { body: Buffer; headers: Record<string, string> } | null;
  etag: string;
  headers: Record<string, string>;
  notModifiedHeaders: Record<string, string>;
  tags: string[];
  /** Unix seconds sent as Last-Modified, or null when the page sends none. */
  lastModified: number | null;
}

export interface PageInput {
  status: number;
  body: string | Buffer;
  contentType: string;
  cacheControl: string;
  lastModified?: number;
  tags: string[];
  extraHeaders?: Record<string, string>;
}

/** Bodies smaller than this are not worth compressing. */
const GZIP_MIN_BYTES = 1024;

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly byTag = new Map<string, Set<string>>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 20_000,
    private readonly maxBytes = 256 * 1024 * 1024,
  ) {}

  get size(): number {
    return this.pages.size;
  }

  get(key: string): CachedPage | undefined {
    return this.pages.get(key);
  }

  /** Builds the cached form of a page (headers, ETag) and stores it under `key` unless `store` is false. */
  put(key: string, input: PageInput, store = true): CachedPage {
    const body = typeof input.body === "string" ? Buffer.from(input.body) : input.body;
    const etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
    const lastModified: Record<string, string> = input.lastModified
      ? { "last-modified": new Date(input.lastModified * 1000).toUTCString() }
      : {};
    const common: Record<string, string> = {
      "content-type": input.contentType,
      "cache-control": input.cacheControl,
      etag,
      vary: "Accept-Encoding, Cookie",
      ...lastModified,
      ...input.extraHeaders,
    };
    const page: CachedPage = {
      status: input.status,
      body,
      compressible:
        body.length >= GZIP_MIN_BYTES &&
        /^(text\/|application\/(json|xml|rss|atom|feed))/.test(input.contentType),
      gzip: null,
      etag,
      headers: { ...common, "content-length": String(body.length) },
      notModifiedHeaders: {
        etag,
        "cache-control": input.cacheControl,
        vary: "Accept-Encoding, Cookie",
        ...lastModified,
      },
      tags: input.tags,
      lastModified: input.lastModified ? input.lastModified : null,
    };
    if (store) this.store(key, page);
    return page;
  }

  private store(key: string, page: CachedPage): void {
    this.delete(key);
    while (this.pages.size >= this.maxEntries || this.bytes + page.body.length > this.maxBytes) {
      const oldest = this.pages.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
    this.pages.set(key, page);
    // Counted uncompressed: a gzip form, made later, is a fraction of it.
    this.bytes += page.body.length;
    for (const tag of page.tags) {
      const keys = this.byTag.get(tag) ?? new Set<string>();
      keys.add(key);
      this.byTag.set(tag, keys);
    }
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.body.length;
    for (const tag of page.tags) this.byTag.get(tag)?.delete(key);
  }

  invalidate(tags: string[]): void {
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) this.delete(key);
      this.byTag.delete(tag);
    }
  }

  clear(): void {
    this.pages.clear();
    this.byTag.clear();
    this.bytes = 0;
  }
}

/**
 * The gzip form of a page for a client that accepts it, made on first demand and kept with the page: a page
 * rendered for one reader, or never asked for compressed, costs no compression.
 */
export function gzipFor(page: CachedPage, acceptEncoding: string | undefined): CachedPage["gzip"] {
  if (!page.compressible || acceptEncoding === undefined || !acceptEncoding.includes("gzip")) return null;
  if (!page.gzip) {
    const body = gzipSync(page.body);
    page.gzip = {
      body,
      headers: { ...page.headers, "content-encoding": "gzip", "content-length": String(body.length) },
    };
  }
  return page.gzip;
}

/** Weak comparison (RFC 9110 §8.8.3.2) against a list of entity tags, or "*". */
function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

/**
 * Whether a conditional request may be answered 304 (RFC 9110 §13.1.1, §13.1.3, in §13.2.2's order):
 * If-None-Match decides whenever it is present; only without it does If-Modified-Since count, for GET and
 * HEAD, when the page's Last-Modified is no later than the date given. Only 200 pages are validated.
 */
export function isNotModified(
  page: CachedPage,
  method: string,
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
): boolean {
  if (page.status !== 200) return false;
  if (ifNoneMatch !== undefined) return etagMatches(ifNoneMatch, page.etag);
  if (ifModifiedSince === undefined || page.lastModified === null) return false;
  if (method !== "GET" && method !== "HEAD") return false;
  const since = Date.parse(ifModifiedSince);
  return Number.isFinite(since) && page.lastModified <= Math.floor(since / 1000);
}

/** Writes a cached page to a raw Node response, answering conditional requests with 304. */
export function sendCached(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
  const ifModifiedSince = req.headers["if-modified-since"];
  if (isNotModified(page, req.method ?? "GET", req.headers["if-none-match"], ifModifiedSince)) {
    res.writeHead(304, page.notModifiedHeaders);
    res.end();
    return;
  }
  const gz = gzipFor(page, req.headers["accept-encoding"]);
  res.writeHead(page.status, gz ? gz.headers : page.headers);
  res.end(req.method === "HEAD" ? undefined : gz ? gz.body : page.body);
}

/** Requests carrying a Dateline session cookie see pages made for them: never the shared cache. */
function hasPersonalCookie(req: IncomingMessage): boolean {
  const cookie = req.headers.cookie;
  return cookie !== undefined && /(?:^|;\s*)dl_/.test(cookie);
}

/** A request listener that answers cache hits itself and hands everything else to `next`. */
export function fastPath(
  cache: PageCache,
  next: (req: IncomingMessage, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if ((req.method === "GET" || req.method === "HEAD") && req.url !== undefined && !hasPersonalCookie(req)) {
      const page = cache.get(req.url);
      if (page) {
        sendCached(req, res, page);
        return;
      }
    }
    next(req, res);
  };
}
