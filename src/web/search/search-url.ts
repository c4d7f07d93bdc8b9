// The address of a search page, for its pagination and "clear the filters" links.
import type { SearchRequest } from "../../search/search-params.js";

/** The address of a search, filters kept, for pagination and "clear" links. */
export function searchUrl(request: Partial<SearchRequest>, page = 1, path = "/search"): string {
  const params = new URLSearchParams();
  if (request.q) params.set("q", request.q);
  for (const key of ["channel", "tag", "from", "to"] as const) {
    const value = request[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
