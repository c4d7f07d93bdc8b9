// Why a provider call failed, sorted by what the queue should do about it. Kept apart from the
// "provider said no" cases: an outage or a rate limit is retried until it passes, a rejection a few times.
// A DatelineError with code TRANSLATOR, so the CLI and web answer it like every other coded failure; the
// provider's own HTTP status stays in `opts.status` (`status` is the code's, 502).
import { DatelineError } from "../../shared/errors.js";

export type TranslatorErrorKind =
  /** Network failure, timeout, 5xx: the provider is down; retry with backoff, indefinitely. */
  | "unavailable"
  /** 429/529: slow down; honour Retry-After. */
  | "rate_limited"
  /** The account's quota is used up (DeepL 456): retry much later. */
  | "quota"
  /** 4xx other than the above (bad key, bad request): retried a few times, then the job fails. */
  | "rejected"
  /** 2xx with a body that is not what the documentation says. */
  | "bad_reply";

export class TranslatorError extends DatelineError {
  constructor(
    readonly provider: string,
    readonly kind: TranslatorErrorKind,
    message: string,
    readonly opts: { status?: number; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super("TRANSLATOR", message, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.name = "TranslatorError";
  }

  /** Whether retrying can help without anyone changing anything. */
  get transient(): boolean {
    return this.kind === "unavailable" || this.kind === "rate_limited" || this.kind === "quota";
  }
}

export function isTranslatorError(e: unknown): e is TranslatorError {
  return e instanceof TranslatorError;
}
