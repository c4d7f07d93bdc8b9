// The one mapping from a thrown error to what a reader or a client sees. A DatelineError answers with its
// code's status (404, 410, 401, 403, 409, 413, 429 stay what they are) and, below 500, its own message;
// anything else is a 500 whose details stay in the log. Database and internal errors never reach readers.
import { HTTPException } from "hono/http-exception";
import { type ErrorCode, isDatelineError } from "../shared/errors.js";

export interface ErrorAnswer {
  status: number;
  /** Stable code for JSON callers ("NOT_FOUND", "INTERNAL", …). */
  code: ErrorCode | "INTERNAL";
  title: string;
  message: string;
  /** A server fault: logged with its cause. */
  fault: boolean;
}

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Sign-in required",
  403: "Not allowed",
  404: "Page not found",
  409: "Conflict",
  410: "Gone",
  413: "Too large",
  429: "Too many requests",
};

const FAULT_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

const BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  410: "GONE",
  413: "TOO_LARGE",
  429: "RATE_LIMITED",
};

export function errorAnswer(err: unknown): ErrorAnswer {
  if (isDatelineError(err) && err.status < 500) {
    return {
      status: err.status,
      code: err.code,
      title: TITLES[err.status] ?? "Bad request",
      message: err.message,
      fault: false,
    };
  }
  // Hono's own refusals (a body over its limit, a malformed request it rejected).
  if (err instanceof HTTPException && err.status < 500) {
    const code = BY_STATUS[err.status] ?? "BAD_REQUEST";
    return {
      status: err.status,
      code,
      title: TITLES[err.status] ?? "Bad request",
      message: err.message || TITLES[err.status] || "Bad request",
      fault: false,
    };
  }
  const status = isDatelineError(err) ? err.status : 500;
  return {
    status,
    code: isDatelineError(err) ? err.code : "INTERNAL",
    title: "Server error",
    message: FAULT_MESSAGE,
    fault: true,
  };
}

/** JSON for clients that ask for it (fetch with Accept: application/json, the webhook), HTML otherwise. */
export function wantsJson(accept: string | undefined, path: string): boolean {
  if (path.startsWith("/telegram/")) return true;
  if (!accept) return false;
  const json = accept.indexOf("application/json");
  const html = accept.indexOf("text/html");
  return json !== -1 && (html === -1 || json < html);
}
