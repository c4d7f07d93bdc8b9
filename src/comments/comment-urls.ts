// Where comments are found: a comment's place in its article's comment pages, a comment page, and the
// article's comments feed (WordPress's addresses). Paths only; the site's address is added where needed.

/** "<article>?cpage=N#comment-ID"; the first page has no query, so it shares the article's cached page. */
export function commentUrl(articleUrl: string, page: number, id: number): string {
  return `${articleUrl}${page > 1 ? `?cpage=${page}` : ""}#comment-${id}`;
}

export function commentPageUrl(articleUrl: string, page: number): string {
  return `${articleUrl}${page > 1 ? `?cpage=${page}` : ""}#comments`;
}

/** "<article>feed/": the RSS feed of the article's comments. */
export function commentFeedPath(articleUrl: string): string {
  return `${articleUrl}feed/`;
}
