// An edition's fields from its translated units. Pure.
import { slugify } from "../articles/slug.js";
import { summarize } from "../articles/summary.js";
import { DATELINE_OUTLET, DATELINE_PLACE, HEADLINE } from "./article-units.js";
import { joinBody } from "./body-units.js";
import { htmlToText } from "./html-tokens.js";

export interface ComposedEdition {
  headline: string;
  datelinePlace: string | null;
  datelineOutlet: string | null;
  bodyHtml: string;
  bodyText: string;
  summary: string;
  slug: string;
}

/** Links to our own tag pages point into the edition: "/tag/x/" → "/en/tag/x/". */
export function editionLinks(html: string, language: string): string {
  return html.replace(/(<a\s[^>]*?href=")\/tag\//g, `$1/${language}/tag/`);
}

function oneLine(html: string): string {
  return htmlToText(html).replace(/\s+/g, " ").trim();
}

/** Plain text of a body: blocks separated by a blank line, like ArticleDraft.bodyText. */
export function bodyTextOf(html: string): string {
  return htmlToText(html.replace(/<\/(p|pre|blockquote)>/g, "</$1>\n\n"))
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean)
    .join("\n\n");
}

export function composeEdition(
  finals: ReadonlyMap<number, string>,
  skeleton: readonly string[],
  language: string,
): ComposedEdition {
  const paragraphs = Array.from({ length: skeleton.length - 1 }, (_, i) => finals.get(i + 1) ?? "");
  const bodyHtml = editionLinks(joinBody(skeleton, paragraphs), language);
  const headline = oneLine(finals.get(HEADLINE) ?? "");
  const place = finals.has(DATELINE_PLACE) ? oneLine(finals.get(DATELINE_PLACE)!) : null;
  const outlet = finals.has(DATELINE_OUTLET) ? oneLine(finals.get(DATELINE_OUTLET)!) : null;
  const bodyText = bodyTextOf(bodyHtml);
  return {
    headline,
    datelinePlace: place || null,
    datelineOutlet: place ? outlet || null : null,
    bodyHtml,
    bodyText,
    summary: summarize(bodyText),
    slug: slugify(headline),
  };
}
