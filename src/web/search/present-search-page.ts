// Search outcome → the search page's view model: headlines and snippets with their matched words
// marked, times in each channel's zone, links that keep the filters.

import { urlPathOf } from "../../articles/permalink.js";
import type { ChannelRow } from "../../db/tables/index.js";
import { snippetSegments } from "../../search/highlight.js";
import { MAX_QUERY_LENGTH, RESULTS_PER_PAGE, type SearchRequest } from "../../search/search-params.js";
import type { FoundArticle, SearchOutcome } from "../../search/search-service.js";
import { makeSnippet } from "../../search/snippet.js";
import { formatNewsTime, isoInZone } from "../../shared/time.js";
import type { SearchPageView, SearchResultView } from "./search-page.js";
import { searchUrl } from "./search-url.js";

/** Longest snippet of a result's body. */
const SNIPPET_CHARS = 240;

function presentResult(
  { article: a, channel, url }: FoundArticle,
  highlight: readonly string[],
): SearchResultView {
  const tz = channel.timezone;
  // A headline is shown whole: its "snippet" is as long as itself.
  const headline = makeSnippet(a.headline, highlight, { maxChars: a.headline.length + 1 });
  const body = a.body_text.trim() === "" ? a.summary : a.body_text;
  return {
    url: url ?? urlPathOf(a.path),
    headline: snippetSegments(headline),
    snippet:
      body.trim() === "" ? [] : snippetSegments(makeSnippet(body, highlight, { maxChars: SNIPPET_CHARS })),
    publishedIso: isoInZone(a.published_at, tz),
    publishedDisplay: formatNewsTime(a.published_at, tz),
    language: a.language,
    direction: a.direction === "rtl" ? "rtl" : "ltr",
    dateline: a.dateline_place ? { place: a.dateline_place, outlet: a.dateline_outlet } : null,
    channelTitle: channel.title,
  };
}

export function presentSearchPage(
  request: SearchRequest,
  outcome: SearchOutcome,
  channels: readonly ChannelRow[],
  /** The search page's path: "/search", or an edition's "/en/search". */
  path = "/search",
): SearchPageView {
  const filtered = [request.channel, request.tag, request.from, request.to].some((v) => v !== undefined);
  const results = outcome.kind === "results" ? outcome : null;
  const page = results?.page ?? 1;
  return {
    q: request.q,
    channel: request.channel ?? null,
    tag: request.tag ?? null,
    from: request.from ?? null,
    to: request.to ?? null,
    channels: channels.map((c) => ({ username: c.username, title: c.title })),
    state: outcome.kind,
    results: results ? results.found.map((f) => presentResult(f, results.highlight)) : [],
    total: results?.total ?? 0,
    more: results?.more ?? false,
    firstNumber: (page - 1) * RESULTS_PER_PAGE + 1,
    prevUrl: results && page > 1 ? searchUrl(request, page - 1, path) : null,
    nextUrl: results?.hasNextPage ? searchUrl(request, page + 1, path) : null,
    clearFiltersUrl: filtered ? searchUrl({ q: request.q }, 1, path) : null,
    maxQueryLength: MAX_QUERY_LENGTH,
  };
}
