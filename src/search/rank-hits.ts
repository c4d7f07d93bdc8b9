// Result order: relevance combined with recency (ranking.ts), then newer first, then higher id, so
// the order is total and pages never repeat or skip a result.

import type { IndexHit } from "../store/search/search-index.js";
import { ageInDays, rankScore } from "./ranking.js";

export function rankHits(hits: readonly IndexHit[], now: Date): IndexHit[] {
  const scored = hits.map((hit) => ({
    hit,
    score: rankScore(hit.relevance, ageInDays(new Date(hit.publishedAt * 1000), now)),
  }));
  scored.sort(
    (a, b) => b.score - a.score || b.hit.publishedAt - a.hit.publishedAt || b.hit.articleId - a.hit.articleId,
  );
  return scored.map((s) => s.hit);
}
