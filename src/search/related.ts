// Related articles: others about the same thing, by two signals.
// - Shared tags (the dateline's place is a tag too): articles with the same tags published closest in
//   time to this one, read from the (tag, published_at) index, a bounded look-up per tag.
// - Shared distinctive words: the article's candidate terms (related-terms.ts), of which the rarest in
//   the index are kept (rare words carry the topic: a name, a place, an event; common ones match
//   everything). "Rare" is relative to the site's size: in at most DISTINCTIVE_SHARE of its articles.
//   The index's best matches of any of them, by relevance, each scored relative to the article's own
//   match of its words (it matches them best); those under MIN_TEXT_SCORE share too little.
// Each candidate scores its text score plus TAG_SCORE per shared tag; ties go to the one published
// closest in time. Never the article itself; only published ones.

import { parseStringList } from "../db/json-columns.js";
import type { ArticleRow } from "../db/tables/index.js";
import type { MatchSpec } from "../store/search/match-spec.js";
import type { SearchIndex } from "../store/search/search-index.js";
import type { SearchStore } from "../store/search/search-store.js";
import { candidateTerms } from "./related-terms.js";

/** Articles listed under an article. */
export const RELATED_COUNT = 5;
/** Distinctive terms queried. */
const TEXT_TERMS = 6;
/** Document frequencies are counted up to this: a term in more articles is not distinctive. */
const DISTINCTIVE_MAX_DF = 2_000;
/** Nor is a term in more than this share of the site's articles (small sites). */
const DISTINCTIVE_SHARE = 0.05;
/** Text matches scoring less than this, relative to the article's own, are left out. */
const MIN_TEXT_SCORE = 0.2;
/** How long the count of indexed articles is reused. */
const SIZE_TTL_MS = 60_000;
/** The chosen terms may match this many articles in all, which bounds the relevance query's work. */
const MATCH_BUDGET = 5_000;
/** Best text matches considered. */
const TEXT_CANDIDATES = 20;
/** Tags looked up (the place first, then hashtags, as tags.ts orders them). */
const TAGS_CONSIDERED = 6;
/** Articles per tag on each side of this one's time. */
const TAG_NEIGHBOURS_PER_SIDE = 10;
/** Score per shared tag; the best text match scores 1. */
const TAG_SCORE = 0.5;

interface Candidate {
  articleId: number;
  publishedAt: number;
  score: number;
}

export class RelatedArticles {
  private size = { count: 0, until: 0 };

  constructor(private readonly deps: { index: SearchIndex; store: SearchStore }) {}

  /** Indexed articles, counted at most once a minute (a count is a scan on SQLite). */
  private async indexSize(): Promise<number> {
    const now = Date.now();
    if (this.size.until <= now)
      this.size = { count: await this.deps.index.count(), until: now + SIZE_TTL_MS };
    return this.size.count;
  }

  async find(article: ArticleRow, limit = RELATED_COUNT): Promise<ArticleRow[]> {
    const candidates = new Map<number, Candidate>();
    const add = (articleId: number, publishedAt: number, score: number) => {
      if (articleId === article.id) return;
      const c = candidates.get(articleId) ?? { articleId, publishedAt, score: 0 };
      c.score += score;
      candidates.set(articleId, c);
    };
    for (const hit of await this.textMatches(article)) add(hit.articleId, hit.publishedAt, hit.score);
    for (const tag of parseStringList(article.tags).slice(0, TAGS_CONSIDERED)) {
      const neighbours = await this.deps.store.tagNeighbours(
        tag,
        article.published_at,
        TAG_NEIGHBOURS_PER_SIDE,
      );
      for (const n of neighbours) add(n.articleId, n.publishedAt, TAG_SCORE);
    }
    const distance = (c: Candidate) => Math.abs(c.publishedAt - article.published_at);
    const ranked = [...candidates.values()].sort(
      (a, b) => b.score - a.score || distance(a) - distance(b) || b.articleId - a.articleId,
    );
    // Read a few spare: some candidates may have been taken down.
    const rows = await this.deps.store.publishedInOrder(ranked.slice(0, limit * 2).map((c) => c.articleId));
    return rows.slice(0, limit);
  }

  private async textMatches(
    article: ArticleRow,
  ): Promise<{ articleId: number; publishedAt: number; score: number }[]> {
    const terms = await this.distinctiveTerms(candidateTerms(article.headline, article.body_text));
    if (terms.length === 0) return [];
    const spec: MatchSpec = { mode: "any", phrases: terms.map((t) => [t]), excluded: [] };
    const { hits } = await this.deps.index.query(spec, { order: "relevance", limit: TEXT_CANDIDATES + 1 });
    // The article matches its own words best; were it missing from the index, the best match sets the scale.
    const scale = Math.max(0, ...hits.map((h) => h.relevance));
    if (scale === 0) return [];
    return hits
      .map((h) => ({ articleId: h.articleId, publishedAt: h.publishedAt, score: h.relevance / scale }))
      .filter((h) => h.score >= MIN_TEXT_SCORE);
  }

  /** The rarest of `terms` that some other article shares, within the match budget. */
  private async distinctiveTerms(terms: readonly string[]): Promise<string[]> {
    const share = Math.floor((await this.indexSize()) * DISTINCTIVE_SHARE);
    const most = Math.min(DISTINCTIVE_MAX_DF - 1, Math.max(2, share));
    const counted: { term: string; df: number }[] = [];
    for (const term of terms) {
      const df = await this.deps.index.documentFrequency(term, DISTINCTIVE_MAX_DF);
      // 1 is the article itself; past `most` the term is too common to tell topics apart.
      if (df >= 2 && df <= most) counted.push({ term, df });
    }
    counted.sort((a, b) => a.df - b.df);
    const chosen: string[] = [];
    let budget = MATCH_BUDGET;
    for (const { term, df } of counted) {
      if (chosen.length >= TEXT_TERMS || df > budget) break;
      chosen.push(term);
      budget -= df;
    }
    return chosen;
  }
}
