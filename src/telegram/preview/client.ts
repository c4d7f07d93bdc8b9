// A polite HTTP client for the public preview: one request at a time with a minimum interval between them,
// exponential backoff with jitter on 5xx and network errors, Retry-After honoured on 429 (RFC 9110 §10.2.3),
// and an honest User-Agent naming the site. No request is made for a malformed channel username.
import { DatelineError } from "../../shared/errors.js";
import { assertChannelUsername } from "./channel-name.js";
import { PreviewHttpError, PreviewNetworkError, PreviewUnavailableError } from "./errors.js";
import { type EmbedResult, type PreviewPage, parseEmbedPage, parsePreviewPage } from "./parse-page.js";

export const DEFAULT_BASE_URL = "https://t.me";
export const DEFAULT_MIN_INTERVAL_MS = 1500;
export const DEFAULT_MAX_RETRIES = 4;
/** First backoff step; doubled on each retry, capped at MAX_BACKOFF_MS. */
export const BACKOFF_BASE_MS = 1000;
export const MAX_BACKOFF_MS = 60_000;
/** A Retry-After longer than this is not waited out: the error goes to the caller, which can schedule. */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;
export const REQUEST_TIMEOUT_MS = 30_000;
/** Generous: the preview only serves media small enough to play in a browser. */
export const DEFAULT_MAX_MEDIA_BYTES = 200 * 1024 * 1024;
const HTTP_NOT_FOUND = 404;
const HTTP_TOO_MANY_REQUESTS = 429;
const HTTP_SERVER_ERROR = 500;

export interface PreviewClientOptions {
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Defaults to `previewUserAgent(siteUrl)`. */
  userAgent?: string;
  /** The site's public URL, named in the default User-Agent so t.me's operators know who is asking. */
  siteUrl?: string;
  minIntervalMs?: number;
  maxRetries?: number;
  maxMediaBytes?: number;
  /** Injectable for tests: waiting, the time in milliseconds, and the jitter source in [0, 1). */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

export interface MediaDownload {
  bytes: Buffer;
  mimeType: string;
}

/** What the history walker needs: anything that fetches a channel page. */
export interface PreviewPageSource {
  fetchPage(channel: string, opts?: { before?: number }): Promise<PreviewPage>;
}

export function previewUserAgent(siteUrl?: string): string {
  return siteUrl ? `DatelineBot/0.1 (+${siteUrl})` : "DatelineBot/0.1";
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class PreviewClient implements PreviewPageSource {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof globalThis.fetch;
  private readonly userAgent: string;
  private readonly minIntervalMs: number;
  private readonly maxRetries: number;
  private readonly maxMediaBytes: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;
  private lastRequestAt = Number.NEGATIVE_INFINITY;
  private queue: Promise<void> = Promise.resolve();

  constructor(opts: PreviewClientOptions = {}) {
    this.baseUrl = (opts.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.fetchImpl = opts.fetch ?? globalThis.fetch;
    this.userAgent = opts.userAgent ?? previewUserAgent(opts.siteUrl);
    this.minIntervalMs = opts.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
    this.maxRetries = opts.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.maxMediaBytes = opts.maxMediaBytes ?? DEFAULT_MAX_MEDIA_BYTES;
    this.sleep = opts.sleep ?? realSleep;
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
  }

  /** `t.me/s/<channel>[?before=<id>]`. Throws PreviewUnavailableError when the channel has no preview. */
  async fetchPage(channel: string, opts: { before?: number } = {}): Promise<PreviewPage> {
    assertChannelUsername(channel);
    const query = opts.before !== undefined ? `?before=${positiveInteger(opts.before, "before")}` : "";
    const url = `${this.baseUrl}/s/${channel}${query}`;
    const res = await this.request(url);
    await failUnlessOk(res, channel, url);
    const seenAt = Math.floor(this.now() / 1000);
    const page = parsePreviewPage(await res.text(), { channel, seenAt, baseUrl: this.baseUrl });
    if (!page.available) {
      throw new PreviewUnavailableError(
        channel,
        "no message history on its t.me/s page: preview disabled or not a channel",
      );
    }
    return page;
  }

  /** `t.me/<channel>/<id>?embed=1`: the post, or "not_found" when t.me shows its error block (deleted). */
  async fetchEmbed(channel: string, id: number): Promise<EmbedResult> {
    assertChannelUsername(channel);
    const url = `${this.baseUrl}/${channel}/${positiveInteger(id, "id")}?embed=1`;
    const res = await this.request(url);
    await failUnlessOk(res, channel, url);
    return parseEmbedPage(await res.text(), { seenAt: Math.floor(this.now() / 1000), baseUrl: this.baseUrl });
  }

  /** Downloads a media URL found in the preview (CDN links expire after about two days: call this at once). */
  async downloadMedia(url: string): Promise<MediaDownload> {
    if (!/^https?:\/\//i.test(url)) throw new DatelineError("BAD_REQUEST", "Media URL must be http(s)");
    const res = await this.request(url);
    if (!res.ok) {
      await res.body?.cancel();
      throw new PreviewHttpError(withoutQuery(url), res.status);
    }
    const bytes = await readLimited(res, this.maxMediaBytes, url);
    const mimeType = res.headers.get("content-type")?.split(";")[0]?.trim() || "application/octet-stream";
    return { bytes, mimeType };
  }

  /** One request with retries; returns any response that is not 429 or 5xx (or the last one's error). */
  private async request(url: string): Promise<Response> {
    const label = withoutQuery(url);
    for (let attempt = 0; ; attempt++) {
      await this.throttle();
      let res: Response;
      try {
        res = await this.fetchImpl(url, {
          headers: { "User-Agent": this.userAgent, "Accept-Language": "en" },
          redirect: "follow",
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
      } catch (e) {
        if (attempt >= this.maxRetries) throw new PreviewNetworkError(label, e);
        await this.sleep(this.backoff(attempt));
        continue;
      }
      if (res.status !== HTTP_TOO_MANY_REQUESTS && res.status < HTTP_SERVER_ERROR) return res;
      await res.body?.cancel();
      const retryAfter =
        res.status === HTTP_TOO_MANY_REQUESTS
          ? retryAfterSeconds(res.headers.get("retry-after"), this.now())
          : undefined;
      const waitMs = retryAfter !== undefined ? retryAfter * 1000 : this.backoff(attempt);
      if (attempt >= this.maxRetries || waitMs > MAX_RETRY_AFTER_MS) {
        throw new PreviewHttpError(label, res.status, retryAfter);
      }
      await this.sleep(waitMs);
    }
  }

  /** Requests start one at a time, at least minIntervalMs apart, however many callers there are. */
  private async throttle(): Promise<void> {
    const previous = this.queue;
    let release = () => {};
    this.queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      const wait = this.lastRequestAt + this.minIntervalMs - this.now();
      if (wait > 0) await this.sleep(wait);
      this.lastRequestAt = this.now();
    } finally {
      release();
    }
  }

  /** Exponential backoff with "equal jitter": half the step fixed, half random. */
  private backoff(attempt: number): number {
    const step = Math.min(MAX_BACKOFF_MS, BACKOFF_BASE_MS * 2 ** attempt);
    return Math.round(step / 2 + (this.random() * step) / 2);
  }
}

/** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(value: string | null, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - nowMs) / 1000)) : undefined;
}

/** 404 means no such public channel page; anything else that is not 2xx is t.me refusing. */
async function failUnlessOk(res: Response, channel: string, url: string): Promise<void> {
  if (res.ok) return;
  await res.body?.cancel();
  if (res.status === HTTP_NOT_FOUND) throw new PreviewUnavailableError(channel, "t.me answered 404");
  throw new PreviewHttpError(withoutQuery(url), res.status);
}

function positiveInteger(n: number, name: string): number {
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new DatelineError("USAGE", `${name} must be a positive integer`);
  return n;
}

/** CDN URLs carry access tokens in their query: keep them out of error messages and logs. */
function withoutQuery(url: string): string {
  return url.split("?", 1)[0] ?? url;
}

async function readLimited(res: Response, limit: number, url: string): Promise<Buffer> {
  const tooBig = () =>
    new DatelineError("TELEGRAM_API", `Media at ${withoutQuery(url)} is larger than ${limit} bytes`);
  const declared = Number(res.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await res.body?.cancel();
    throw tooBig();
  }
  if (!res.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
