// The page cache: rendered pages kept in memory as bytes with their headers and validators, answered on
// the raw Node request before any framework code runs (see fastPath). Entries carry tags ("article:42",
// "listing") and are dropped precisely when what they show changes. Figures: docs/benchmarks.md.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

export interface CachedPage {
  status: number;
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
  headers: Record<string, string>;
  gzipHeaders: Record<string, string> | null;
  notModifiedHeaders: Record<string, string>;
  tags: string[];
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

  /** Builds the cached form of a page (headers, gzip, ETag) and stores it under `key` unless `store` is false. */
  put(key: string, input: PageInput, store = true): CachedPage {
    const body = typeof input.body === "string" ? Buffer.from(input.body) : input.body;
    const etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
    const common: Record<string, string> = {
      "content-type": input.contentType,
      "cache-control": input.cacheControl,
      etag,
      vary: "Accept-Encoding",
      ...(input.lastModified ? { "last-modified": new Date(input.lastModified * 1000).toUTCString() } : {}),
      ...input.extraHeaders,
    };
    const gzip =
      body.length >= GZIP_MIN_BYTES &&
      /^(text\/|application\/(json|xml|rss|atom|feed))/.test(input.contentType)
        ? gzipSync(body)
        : null;
    const page: CachedPage = {
      status: input.status,
      body,
      gzip,
      etag,
      headers: { ...common, "content-length": String(body.length) },
      gzipHeaders: gzip
        ? { ...common, "content-encoding": "gzip", "content-length": String(gzip.length) }
        : null,
      notModifiedHeaders: { etag, "cache-control": input.cacheControl, vary: "Accept-Encoding" },
      tags: input.tags,
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
    this.bytes += page.body.length + (page.gzip?.length ?? 0);
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
    this.bytes -= page.body.length + (page.gzip?.length ?? 0);
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

function acceptsGzip(req: IncomingMessage): boolean {
  const ae = req.headers["accept-encoding"];
  return typeof ae === "string" && ae.includes("gzip");
}

/** Writes a cached page to a raw Node response, answering conditional requests with 304. */
export function sendCached(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
  if (req.headers["if-none-match"] === page.etag && page.status === 200) {
    res.writeHead(304, page.notModifiedHeaders);
    res.end();
    return;
  }
  const gz = page.gzip !== null && acceptsGzip(req);
  res.writeHead(page.status, gz ? page.gzipHeaders! : page.headers);
  res.end(req.method === "HEAD" ? undefined : gz ? page.gzip : page.body);
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
