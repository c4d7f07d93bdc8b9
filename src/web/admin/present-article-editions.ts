// A recent article with its editions, as the "Editions" list shows it.
import type { ArticleEditions } from "../../admin/index.js";
import { urlPathOf } from "../../articles/permalink.js";
import { formatNewsTime } from "../../shared/time.js";
import { editionEditUrl } from "./admin-urls.js";
import type { EditionsListView } from "./models.js";

export function presentArticleEditions({
  article,
  editions,
}: ArticleEditions): EditionsListView["articles"][number] {
  return {
    id: article.id,
    headline: article.headline,
    url: urlPathOf(article.path),
    publishedDisplay: formatNewsTime(article.published_at, "UTC"),
    editions: editions.map((e) => ({
      language: e.language,
      state: e.state,
      url: e.url,
      editUrl: e.editable ? editionEditUrl(article.id, e.language) : null,
    })),
  };
}
