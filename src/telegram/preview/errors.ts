// Errors of the public preview client. As in grammY, "Telegram answered no" (PreviewHttpError) is kept apart
// from "Telegram could not be reached" (PreviewNetworkError); a channel without a preview has its own error.
import { DatelineError } from "../../shared/errors.js";

/** The channel has no public preview: disabled by its owner, private, missing, or not a channel (404). */
export class PreviewUnavailableError extends DatelineError {
  readonly channel: string;

  constructor(channel: string, detail: string, options?: { cause?: unknown }) {
    super("CHANNEL_UNKNOWN", `The public preview of @${channel} is not available (${detail})`, options);
    this.name = "PreviewUnavailableError";
    this.channel = channel;
  }
}

/** t.me answered with an HTTP error other than 404 (after retries, for 429 and 5xx). */
export class PreviewHttpError extends DatelineError {
  readonly httpStatus: number;
  readonly url: string;
  /** Seconds the server asked us to wait (Retry-After), when it did. */
  readonly retryAfterSeconds: number | undefined;

  constructor(url: string, httpStatus: number, retryAfterSeconds?: number) {
    super("TELEGRAM_API", `t.me answered HTTP ${httpStatus} for ${url}`);
    this.name = "PreviewHttpError";
    this.httpStatus = httpStatus;
    this.url = url;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** t.me could not be reached (DNS, connection, timeout), after retries. */
export class PreviewNetworkError extends DatelineError {
  readonly url: string;

  constructor(url: string, cause: unknown) {
    super("NETWORK", `Could not reach ${url}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = "PreviewNetworkError";
    this.url = url;
  }
}

/** A channel username that Telegram would never accept; no request is made. */
export class InvalidChannelError extends DatelineError {
  constructor(input: string) {
    super(
      "USAGE",
      `Not a valid public channel username: ${JSON.stringify(input)} (5–32 letters, digits or _)`,
    );
    this.name = "InvalidChannelError";
  }
}
