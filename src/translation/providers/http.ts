// HTTP for providers: JSON in and out, a timeout, status codes sorted into TranslatorError kinds, and
// secrets kept out of every message (the key never appears in an error, even if a server echoes it).
import { TranslatorError } from "./translator-error.js";

export interface HttpOptions {
  provider: string;
  /** Secrets to scrub from any text that leaves this module. */
  secrets: (string | undefined)[];
  timeoutMs: number;
}

export interface HttpReply {
  status: number;
  body: unknown;
  headers: Headers;
}

const MAX_MESSAGE = 200;

function scrub(text: string, secrets: (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join("[redacted]");
  return out;
}

/** Retry-After as seconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(value: string | null, nowMs = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

function messageOf(body: unknown): string {
  if (typeof body === "string") return body;
  if (body && typeof body === "object") {
    const o = body as Record<string, unknown>;
    const nested =
      o.error && typeof o.error === "object" ? (o.error as Record<string, unknown>).message : o.error;
    const m = nested ?? o.message ?? o.detail;
    if (typeof m === "string") return m;
  }
  return "";
}

function classify(status: number): TranslatorError["kind"] {
  if (status === 429 || status === 529) return "rate_limited";
  if (status === 456) return "quota";
  if (status >= 500 || status === 408) return "unavailable";
  return "rejected";
}

export async function requestJson(
  url: string,
  init: { method: "GET" | "POST" | "DELETE"; headers?: Record<string, string>; body?: unknown },
  opts: HttpOptions,
): Promise<HttpReply> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method,
      headers: {
        accept: "application/json",
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
        ...init.headers,
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
  } catch (e) {
    const reason = (e as Error).name === "TimeoutError" ? "timed out" : "could not be reached";
    throw new TranslatorError(opts.provider, "unavailable", `${opts.provider} ${reason}`, { cause: e });
  }
  const text = await res.text().catch(() => "");
  let body: unknown = text;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      // keep the text: error pages are often HTML
    }
  }
  if (res.status >= 200 && res.status < 300) return { status: res.status, body, headers: res.headers };
  const detail = scrub(messageOf(body), opts.secrets).replace(/\s+/g, " ").slice(0, MAX_MESSAGE);
  const retryAfter = retryAfterSeconds(res.headers.get("retry-after"));
  throw new TranslatorError(
    opts.provider,
    classify(res.status),
    `${opts.provider} answered ${res.status}${detail ? `: ${detail}` : ""}`,
    { status: res.status, ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}) },
  );
}

/** A reply that does not match the provider's documented shape. */
export function badReply(provider: string, what: string): TranslatorError {
  return new TranslatorError(provider, "bad_reply", `${provider} sent an unexpected reply: ${what}`);
}
