// Calls from the server to an identity provider (token exchange, profile, discovery). Every answer is
// checked with a zod schema. Failures are sorted into the two error classes: the provider answered and said
// no (4xx with an OAuth error) → SignInRefusedError; the network failed, it timed out, the provider failed
// (5xx), redirected, or answered something unreadable → ProviderUnavailableError. Neither message nor log
// ever contains a URL's query, a request body, a token or a secret.
import type { z } from "zod";
import { ProviderUnavailableError, SignInRefusedError } from "./errors.js";

const TIMEOUT_MS = 10_000;
const MAX_BYTES = 1_000_000;

export interface ProviderRequest {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** Sent as application/x-www-form-urlencoded (RFC 6749 §4.1.3). */
  form?: Record<string, string>;
  /** Bearer token for the Authorization header (RFC 6750 §2.1): never in the query string. */
  bearer?: string;
}

/** The provider's own words for a refusal, reduced to a safe short code ("invalid_grant"). */
export type RefusalReader = (status: number, body: unknown) => string | null;

/** RFC 6749 §5.2 error responses: {"error": "invalid_grant", "error_description": …}. */
export const oauthErrorCode: RefusalReader = (_status, body) => {
  if (body && typeof body === "object" && "error" in body && typeof body.error === "string") {
    return safeCode(body.error);
  }
  return null;
};

/** Keeps only a short identifier: provider messages are shown to readers and written to logs. */
export function safeCode(value: string): string {
  return value.replace(/[^A-Za-z0-9_.-]/g, "").slice(0, 60) || "unknown";
}

export async function providerJson<T>(
  label: string,
  url: string,
  req: ProviderRequest,
  schema: z.ZodType<T>,
  refusal: RefusalReader = oauthErrorCode,
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", ...req.headers };
  let body: string | undefined;
  if (req.form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(req.form).toString();
  }
  if (req.bearer) headers.authorization = `Bearer ${req.bearer}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: req.method ?? (body ? "POST" : "GET"),
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
    throw new ProviderUnavailableError(
      label,
      timedOut ? `${label} did not answer in time` : `${label} could not be reached`,
      {
        cause: e,
      },
    );
  }
  const text = await readLimited(res).catch(() => null);
  let json: unknown = null;
  if (text !== null) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (res.status >= 400 && res.status < 500) {
    const code = refusal(res.status, json);
    throw new SignInRefusedError(label, `${label} refused the sign-in (${code ?? `HTTP ${res.status}`})`);
  }
  if (!res.ok) {
    throw new ProviderUnavailableError(label, `${label} answered with an error (HTTP ${res.status})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ProviderUnavailableError(label, `${label} gave an answer we could not read`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

async function readLimited(res: Response): Promise<string> {
  const length = Number(res.headers.get("content-length") ?? "0");
  if (length > MAX_BYTES) throw new Error("answer too large");
  const text = await res.text();
  if (text.length > MAX_BYTES) throw new Error("answer too large");
  return text;
}

/** HTTP Basic client authentication (RFC 6749 §2.3.1): id and secret form-encoded, then base64. */
export function basicAuth(clientId: string, clientSecret: string): string {
  const enc = (v: string) => new URLSearchParams({ v }).toString().slice(2);
  return `Basic ${Buffer.from(`${enc(clientId)}:${enc(clientSecret)}`).toString("base64")}`;
}
