// Runs a reader's search: the query analysed like the documents, filters resolved, the index asked
// for its candidates, those ranked by relevance and recency, and the page's articles read back (only
// published ones: an article taken down between the index answer and this read is left out too).
import type { ArticleRow, ChannelRow } from "../db/tables/index.js";
import type { Clock } from "../shared/clock.js";
import { zonedRange } from "../shared/time.js";
import type { ChannelStore } from "../store/channels.js";
import type { MatchFilters } from "../store/search/match-spec.js";
import type { SearchIndex } from "../store/search/search-index.js";
import type { SearchStore } from "../store/search/search-store.js";
import { analyzeQuery, hasRequiredTerms, highlightTerms } from "./query.js";
import { specOfQuery } from "./query-spec.js";
import { rankHits } from "./rank-hits.js";
import {
  MAX_RESULT_PAGES,
  parseCalendarDate,
  RESULTS_PER_PAGE,
  type SearchRequest,
} from "./search-params.js";

/** Candidates ranked per query: every page a reader may open. */
export const RANKED_WINDOW = RESULTS_PER_PAGE * MAX_RESULT_PAGES;

export interface FoundArticle {
  /** For an edition's result, the article with the edition's text, language and direction put in. */
  article: ArticleRow;
  channel: ChannelRow;
  /** Where the result links to, when not the article's own page (an edition's). */
  url?: string;
}

/** An edition's search: its language's index, and its rows as results (published originals only). */
export interface EditionScope {
  index: SearchIndex;
  /** The published ones of these articles' editions, as results, in the order of `ids`. */
  found(ids: readonly number[], channels: Map<number, ChannelRow>): Promise<FoundArticle[]>;
}

export type SearchOutcome =
  /** No query: the page shows the form. */
  | { kind: "form" }
  /** A query with nothing a result must contain (only exclusions, only punctuation). */
  | { kind: "nothing-to-search" }
  | {
      kind: "results";
      found: FoundArticle[];
      /** Matches ranked; with `more`, there are more than this (older ones past the window). */
      total: number;
      more: boolean;
      page: number;
      hasNextPage: boolean;
      /** Analysed terms to highlight in headlines and snippets. */
      highlight: string[];
    };

export interface SearchDeps {
  index: SearchIndex;
  store: SearchStore;
  channels: ChannelStore;
  clock: Clock;
  /** The site's zone: date filters are whole days there, as the archives are. */
  timezone: string;
}

export class SearchService {
  constructor(private readonly deps: SearchDeps) {}

  /** A search of the originals, or with `edition`, of one edition's translated text. */
  async search(request: SearchRequest, edition?: EditionScope): Promise<SearchOutcome> {
    if (request.q === "") return { kind: "form" };
    const query = analyzeQuery(request.q);
    if (!hasRequiredTerms(query)) return { kind: "nothing-to-search" };
    const highlight = highlightTerms(query);
    const filters = await this.filters(request);
    if (filters === null) return emptyResults(request.page, highlight);

    const index = edition?.index ?? this.deps.index;
    const { hits, complete } = await index.query(specOfQuery(query, filters), {
      order: "recent",
      window: RANKED_WINDOW,
    });
    const ranked = rankHits(hits, new Date(this.deps.clock.now() * 1000));
    const start = (request.page - 1) * RESULTS_PER_PAGE;
    const pageIds = ranked.slice(start, start + RESULTS_PER_PAGE).map((h) => h.articleId);
    const channels = new Map((await this.deps.channels.list()).map((c) => [c.id, c]));
    const found = edition
      ? await edition.found(pageIds, channels)
      : (await this.deps.store.publishedInOrder(pageIds)).flatMap((article) => {
          const channel = channels.get(article.channel_id);
          return channel ? [{ article, channel }] : [];
        });
    const lastPage = Math.min(MAX_RESULT_PAGES, Math.ceil(ranked.length / RESULTS_PER_PAGE));
    return {
      kind: "results",
      found,
      total: ranked.length,
      more: !complete,
      page: request.page,
      hasNextPage: request.page < lastPage,
      highlight,
    };
  }

  /** The channels a search can be narrowed to (the search page's filter). */
  channels(): Promise<ChannelRow[]> {
    return this.deps.channels.list();
  }

  /** The index filters of a request, or null when they can match nothing (an unknown channel). */
  private async filters(request: SearchRequest): Promise<MatchFilters | null> {
    const filters: MatchFilters = {};
    if (request.channel !== undefined) {
      const channel = await this.deps.channels.byUsername(request.channel);
      if (!channel) return null;
      filters.channelId = channel.id;
    }
    if (request.tag !== undefined) filters.tag = request.tag.toLowerCase();
    const day = (text: string) => {
      const d = parseCalendarDate(text)!; // validated by searchParamsSchema
      return zonedRange(this.deps.timezone, d.year, d.month, d.day);
    };
    if (request.from !== undefined) filters.from = day(request.from).start;
    if (request.to !== undefined) filters.to = day(request.to).end;
    return filters;
  }
}

function emptyResults(page: number, highlight: string[]): SearchOutcome {
  return { kind: "results", found: [], total: 0, more: false, page, hasNextPage: false, highlight };
}
