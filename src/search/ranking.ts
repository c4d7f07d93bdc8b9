// Result order: text relevance, boosted for recent posts.
//
//   score = relevance × (1 + RECENCY_WEIGHT / (1 + ageDays / RECENCY_HALF_LIFE_DAYS))
//
// Why this shape: a news search should put today's report above last year's one about the same
// thing, yet never bury a much better match under a fresher weak one. The boost multiplies (it
// scales with relevance instead of swamping it) and is bounded: at most (1 + RECENCY_WEIGHT)× for
// a post published now, half of the bonus at RECENCY_HALF_LIFE_DAYS, and it tends to 1×, not 0, so
// the archive stays findable. The hyperbolic decay falls fast in the first days and then slowly,
// unlike an exponential (Li & Croft, "Time-Based Language Models", CIKM 2003), which makes all old
// posts equally worthless. Kept in one place so the SQL dialects can mirror it.

/** Extra weight of a post published right now: it scores up to (1 + RECENCY_WEIGHT) times its relevance. */
export const RECENCY_WEIGHT = 1;

/** Age at which a post has kept half of the recency bonus. */
export const RECENCY_HALF_LIFE_DAYS = 7;

const MS_PER_DAY = 86_400_000;

/** Age in days (fractional), 0 for posts dated in the future (clock skew, scheduled posts). */
export function ageInDays(publishedAt: Date, now: Date): number {
  return Math.max(0, (now.getTime() - publishedAt.getTime()) / MS_PER_DAY);
}

/** The multiplier for a post `ageDays` old: from 1 + RECENCY_WEIGHT (new) down towards 1. */
export function recencyBoost(ageDays: number): number {
  return 1 + RECENCY_WEIGHT / (1 + Math.max(0, ageDays) / RECENCY_HALF_LIFE_DAYS);
}

/**
 * Relevance combined with recency. `relevance` must grow with relevance and be ≥ 0: PostgreSQL's
 * ts_rank is; SQLite FTS5's bm25() is negative with lower meaning better, so pass -bm25().
 */
export function rankScore(relevance: number, ageDays: number): number {
  return Math.max(0, relevance) * recencyBoost(ageDays);
}
