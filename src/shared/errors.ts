// A small error taxonomy: each error has a stable code, an HTTP status where it meets HTTP, and its cause.
// One place maps them to responses (web/app.ts onError) and one to exit codes (main.ts). Messages never carry
// secrets, and an error's code, not its class, decides how it is answered.

export type ErrorCode =
  | "CONFIG_INVALID"
  | "USAGE"
  | "NOT_FOUND"
  | "GONE"
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "CONFLICT"
  | "TOO_LARGE"
  | "RATE_LIMITED"
  | "EXPORT_MALFORMED"
  | "EXPORT_UNSUPPORTED"
  | "CHANNEL_UNKNOWN"
  | "TELEGRAM_API"
  | "NETWORK"
  | "TRANSLATOR"
  | "STORE";

const STATUS: Record<ErrorCode, number> = {
  CONFIG_INVALID: 500,
  USAGE: 400,
  NOT_FOUND: 404,
  GONE: 410,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  EXPORT_MALFORMED: 400,
  EXPORT_UNSUPPORTED: 400,
  CHANNEL_UNKNOWN: 404,
  TELEGRAM_API: 502,
  NETWORK: 502,
  TRANSLATOR: 502,
  STORE: 500,
};

export class DatelineError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatelineError";
    this.code = code;
    this.status = STATUS[code];
  }
}

export function isDatelineError(e: unknown): e is DatelineError {
  return e instanceof DatelineError;
}

/** A one-line description of any thrown value, for logs and CLI output. */
export function describeError(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
