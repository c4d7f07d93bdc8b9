// Rate limits on posting, as data: WordPress's flood rule (one comment per 15 seconds from an IP or an
// email address, check_comment_flood_db) plus hourly ceilings, each per IP address and per identity.
// Every stored comment counts, whatever its status: spam is posting too.

export type RateScope = "ip" | "identity";

export interface RateLimit {
  scope: RateScope;
  windowSeconds: number;
  /** Refused when this many comments were already posted within the window. */
  max: number;
  refusal: "flood" | "rate";
}

export const HOURLY_PER_IP = 30;
export const HOURLY_PER_IDENTITY = 20;

export function rateLimits(floodSeconds: number): RateLimit[] {
  const flood: RateLimit[] =
    floodSeconds > 0
      ? [
          { scope: "ip", windowSeconds: floodSeconds, max: 1, refusal: "flood" },
          { scope: "identity", windowSeconds: floodSeconds, max: 1, refusal: "flood" },
        ]
      : [];
  return [
    ...flood,
    { scope: "ip", windowSeconds: 3600, max: HOURLY_PER_IP, refusal: "rate" },
    { scope: "identity", windowSeconds: 3600, max: HOURLY_PER_IDENTITY, refusal: "rate" },
  ];
}

/** The first limit reached, given a counter of recent comments per scope. */
export async function firstLimitReached(
  limits: readonly RateLimit[],
  recent: (scope: RateScope, since: number) => Promise<number>,
  now: number,
): Promise<RateLimit | null> {
  for (const limit of limits) {
    if ((await recent(limit.scope, now - limit.windowSeconds)) >= limit.max) return limit;
  }
  return null;
}
