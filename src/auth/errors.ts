// Two ways a sign-in fails, kept apart (as grammY keeps "Telegram said no" apart from "the network failed"):
// the provider, or our own checks, refused it — the reader may try again, differently; or the provider could
// not be reached or answered nonsense — the reader may try again later. Both messages are shown to readers,
// so they name the provider and the reason, and never carry a token, a code or a secret.
import { DatelineError } from "../shared/errors.js";

/** The provider said no, or what came back did not pass our checks (state, signature, replay, freshness). */
export class SignInRefusedError extends DatelineError {
  constructor(
    readonly providerLabel: string,
    /** Short, reader-facing: "you declined to share your account". */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super("BAD_REQUEST", `Sign-in with ${providerLabel} failed: ${reason}.`, options);
    this.name = "SignInRefusedError";
  }
}

/** The provider could not be reached, timed out, failed (5xx) or answered something we cannot read. */
export class ProviderUnavailableError extends DatelineError {
  constructor(
    readonly providerLabel: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(
      "NETWORK",
      `Sign-in with ${providerLabel} failed: ${reason}. Please try again in a moment.`,
      options,
    );
    this.name = "ProviderUnavailableError";
  }
}

export type SignInError = SignInRefusedError | ProviderUnavailableError;

export function isSignInError(e: unknown): e is SignInError {
  return e instanceof SignInRefusedError || e instanceof ProviderUnavailableError;
}
