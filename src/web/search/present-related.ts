// A related article → an item of the related list under an article: its time in its channel's zone.
import { urlPathOf } from "../../articles/permalink.js";
import type { RelatedArticle } from "../../search/related-provider.js";
import { formatNewsTime, isoInZone } from "../../shared/time.js";
import type { RelatedItemView } from "./related-list.js";

export function presentRelated({ article: a, channel }: RelatedArticle): RelatedItemView {
  return {
    url: urlPathOf(a.path),
    headline: a.headline,
    publishedIso: isoInZone(a.published_at, channel.timezone),
    publishedDisplay: formatNewsTime(a.published_at, channel.timezone),
    language: a.language,
    direction: a.direction === "rtl" ? "rtl" : "ltr",
  };
}
