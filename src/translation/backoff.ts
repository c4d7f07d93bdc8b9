// Retry delays: exponential with "equal jitter" (half fixed, half random), so workers that failed
// together do not retry together (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).

/** First retry after about this long. */
export const BACKOFF_BASE_SECONDS = 30;
/** No wait longer than this: an outage is caught up within the hour after it ends. */
export const BACKOFF_MAX_SECONDS = 3600;
/** A quota runs out for the billing period: check back every few hours. */
export const QUOTA_RETRY_SECONDS = 6 * 3600;

/** Seconds to wait before attempt `attempt + 1` (attempt counts from 1). `random` is in [0, 1). */
export function backoffSeconds(attempt: number, random: number = Math.random()): number {
  const exp = Math.min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** Math.max(0, attempt - 1));
  return Math.ceil(exp / 2 + (exp / 2) * random);
}
