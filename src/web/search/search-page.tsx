// The search page: a GET form (query and filters; works without JavaScript), then the results, each
// with its own lang/dir (Arabic and English results side by side), matched words in <mark>.
import type { Direction } from "../../articles/types.js";
import {
  absoluteUrl,
  DatelineInline,
  feedLinks,
  type LangDir,
  Layout,
  langAttrs,
  type PageMeta,
  pageTitle,
  renderDocument,
  type SiteView,
  TimeStamp,
  uiText,
} from "../views/index.js";
import type { SearchText } from "./search-words.js";

/** A run of text, highlighted when it matched the query. Plain text: the view escapes it. */
export interface TextSegment {
  text: string;
  highlighted: boolean;
}

export interface SearchResultView {
  url: string;
  headline: TextSegment[];
  snippet: TextSegment[];
  publishedIso: string;
  publishedDisplay: string;
  language: string;
  direction: Direction;
  dateline: { place: string; outlet: string | null } | null;
  channelTitle: string;
}

export interface SearchPageView {
  /** The request as the reader typed it (shown back in the form). */
  q: string;
  channel: string | null;
  tag: string | null;
  from: string | null;
  to: string | null;
  /** Channels for the filter; the filter is shown only when there are several. */
  channels: { username: string; title: string }[];
  state: "form" | "nothing-to-search" | "results";
  results: SearchResultView[];
  total: number;
  more: boolean;
  /** Number of the page's first result (ordered lists count from there). */
  firstNumber: number;
  prevUrl: string | null;
  nextUrl: string | null;
  /** The same search without filters, when some are set. */
  clearFiltersUrl: string | null;
  /** Longest query the form accepts. */
  maxQueryLength: number;
}

export function renderSearchPage(site: SiteView, view: SearchPageView, text: SearchText): string {
  return renderDocument(<SearchPage site={site} view={view} text={text} />);
}

function searchMeta(site: SiteView, view: SearchPageView, text: SearchText): PageMeta {
  return {
    lang: site.language,
    dir: site.direction,
    title: pageTitle(view.q ? text.resultsFor(view.q) : text.title, site),
    description: null,
    canonicalUrl: absoluteUrl(site, site.searchPath ?? "/search"),
    feeds: feedLinks(site),
    og: null,
    // Result pages are endless and thin: search engines are asked not to index them.
    noindex: true,
  };
}

function Highlighted({ segments }: { segments: TextSegment[] }) {
  return <>{segments.map((s) => (s.highlighted ? <mark>{s.text}</mark> : s.text))}</>;
}

function SearchPage({ site, view, text }: { site: SiteView; view: SearchPageView; text: SearchText }) {
  const page: LangDir = { lang: site.language, dir: site.direction };
  const words: LangDir = { lang: text.lang, dir: uiText(site.language).dir };
  return (
    <Layout site={site} meta={searchMeta(site, view, text)}>
      <div class="search-page" {...langAttrs(words, page)}>
        <h1>{view.q && view.state === "results" ? text.resultsFor(view.q) : text.title}</h1>
        <SearchFilters view={view} text={text} action={site.searchPath ?? "/search"} />
        {view.state === "form" ? (
          <>
            <p>{text.prompt}</p>
            <p class="search-tips">{text.tips}</p>
          </>
        ) : null}
        {view.state === "nothing-to-search" ? <p>{text.nothingToSearch}</p> : null}
        {view.state === "results" ? <Results view={view} text={text} /> : null}
      </div>
    </Layout>
  );
}

function SearchFilters({ view, text, action }: { view: SearchPageView; text: SearchText; action: string }) {
  const filtered = view.channel !== null || view.tag !== null || view.from !== null || view.to !== null;
  return (
    <form class="search-form" action={action} method="get">
      <div class="search">
        <label class="vh" for="search-page-q">
          {text.queryLabel}
        </label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          value={view.q}
          maxlength={view.maxQueryLength}
          enterkeyhint="search"
          dir="auto"
        />
        <button type="submit">{text.submit}</button>
      </div>
      <details class="search-filters" open={filtered}>
        <summary>{text.filters}</summary>
        <div class="filters">
          {view.channels.length > 1 ? (
            <label>
              {text.channel}
              <select name="channel">
                <option value="">{text.anyChannel}</option>
                {view.channels.map((c) => (
                  <option value={c.username} selected={c.username === view.channel}>
                    {c.title}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label>
            {text.tag}
            <input type="text" name="tag" value={view.tag ?? ""} maxlength={100} dir="auto" />
          </label>
          <label>
            {text.from}
            <input type="date" name="from" value={view.from ?? ""} />
          </label>
          <label>
            {text.to}
            <input type="date" name="to" value={view.to ?? ""} />
          </label>
        </div>
        {view.clearFiltersUrl ? (
          <p>
            <a href={view.clearFiltersUrl}>{text.clearFilters}</a>
          </p>
        ) : null}
      </details>
    </form>
  );
}

function NoResults({ view, text }: { view: SearchPageView; text: SearchText }) {
  return (
    <div class="no-results">
      <p>
        <strong>{text.noResults}</strong>
      </p>
      <p>{text.noResultsHelp}</p>
      {view.clearFiltersUrl ? (
        <p>
          <a href={view.clearFiltersUrl}>{text.clearFilters}</a>
        </p>
      ) : null}
    </div>
  );
}

function Result({ result: r, showChannel }: { result: SearchResultView; showChannel: boolean }) {
  return (
    <li lang={r.language} dir={r.direction}>
      <div class="item-text">
        <h2 class="item-title">
          <a href={r.url}>
            <Highlighted segments={r.headline} />
          </a>
        </h2>
        <p class="item-meta">
          <TimeStamp iso={r.publishedIso} display={r.publishedDisplay} />
          {showChannel ? (
            <>
              {" · "}
              <span dir="auto">{r.channelTitle}</span>
            </>
          ) : null}
        </p>
        {r.snippet.length > 0 || r.dateline ? (
          <p class="item-summary">
            {r.dateline ? (
              <>
                <DatelineInline dateline={r.dateline} />{" "}
              </>
            ) : null}
            <Highlighted segments={r.snippet} />
          </p>
        ) : null}
      </div>
    </li>
  );
}

function ResultPages({ view, text }: { view: SearchPageView; text: SearchText }) {
  if (!view.prevUrl && !view.nextUrl) return null;
  return (
    <nav class="pagination" aria-label={text.pages}>
      {view.prevUrl ? (
        <a class="prev" rel="prev" href={view.prevUrl}>
          <span aria-hidden="true">‹ </span>
          {text.previous}
        </a>
      ) : null}
      {view.nextUrl ? (
        <a class="next" rel="next" href={view.nextUrl}>
          {text.next}
          <span aria-hidden="true"> ›</span>
        </a>
      ) : null}
    </nav>
  );
}

function Results({ view, text }: { view: SearchPageView; text: SearchText }) {
  if (view.results.length === 0) return <NoResults view={view} text={text} />;
  const showChannel = view.channels.length > 1;
  return (
    <>
      <p class="result-count">{text.count(view.total, view.more)}</p>
      <ol class="items results" start={view.firstNumber}>
        {view.results.map((r) => (
          <Result result={r} showChannel={showChannel} />
        ))}
      </ol>
      <ResultPages view={view} text={text} />
    </>
  );
}
