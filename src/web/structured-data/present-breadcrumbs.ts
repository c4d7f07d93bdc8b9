// schema.org BreadcrumbList (https://schema.org/BreadcrumbList; Google: https://developers.google.com/search/docs/appearance/structured-data/breadcrumb):
// Home › the article's first tag (the dateline's place when it has one, see articles/tags.ts), or else the
// day's archive › the article. Names match the headings of the pages they point to.

import { MONTH_NAMES } from "../../shared/months.js";
import { type ArticleView, absoluteUrl, type SiteView } from "../views/index.js";

/** The day archive an article's permalink sits in: "/2021/02/19/slug/" → "/2021/02/19/", "19 February 2021". */
export function dayArchiveOf(articlePath: string): { path: string; name: string } | null {
  const m = /^\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(articlePath);
  if (!m) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const month = MONTH_NAMES[Number(mo) - 1];
  if (!month) return null;
  return { path: `/${y}/${mo}/${d}/`, name: `${Number(d)} ${month} ${y}` };
}

export function presentBreadcrumbs(site: SiteView, article: ArticleView): Record<string, unknown> {
  const tag = article.tags[0];
  const middle = tag ? { path: tag.url, name: `#${tag.name}` } : dayArchiveOf(article.url);
  const crumbs = [
    { name: site.title, path: "/" },
    ...(middle ? [{ name: middle.name, path: middle.path }] : []),
    { name: article.headline, path: article.url },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: c.name,
      item: absoluteUrl(site, c.path),
    })),
  };
}
