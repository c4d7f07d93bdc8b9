// "Newer" / "Older" links between listing pages, with rel="prev"/"next" for crawlers and browser features.
import type { PaginationView } from "../view-models.js";
import type { UiText } from "./ui-words.js";

export function Pagination({ pagination, ui }: { pagination: PaginationView; ui: UiText }) {
  const { page, prevUrl, nextUrl } = pagination;
  if (!prevUrl && !nextUrl) return null;
  // ‹ and › are bidi-mirrored characters, so in an RTL page they point the right way without extra rules.
  return (
    <nav class="pagination" aria-label={ui.pages}>
      {prevUrl ? (
        <a class="prev" rel="prev" href={prevUrl}>
          <span aria-hidden="true">‹ </span>
          {ui.newer}
        </a>
      ) : null}
      <span aria-current="page">{ui.page(page)}</span>
      {nextUrl ? (
        <a class="next" rel="next" href={nextUrl}>
          {ui.older}
          <span aria-hidden="true"> ›</span>
        </a>
      ) : null}
    </nav>
  );
}
