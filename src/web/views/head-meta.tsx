// Everything inside <head>. Only external resources: a strict CSP (no inline script or style) must hold.
import type { SiteView } from "../view-models.js";
import { ogLocale } from "./og-locale.js";
import type { OpenGraph, PageMeta } from "./page-meta.js";
import { SITE_CSS_PATH } from "./site-css.js";

export function HeadMeta({ site, meta }: { site: SiteView; meta: PageMeta }) {
  return (
    <>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{meta.title}</title>
      {meta.description ? <meta name="description" content={meta.description} /> : null}
      {meta.noindex ? <meta name="robots" content="noindex" /> : null}
      {meta.canonicalUrl ? <link rel="canonical" href={meta.canonicalUrl} /> : null}
      <link rel="stylesheet" href={SITE_CSS_PATH} />
      {/* OpenSearch 1.1 autodiscovery: browsers offer the site's search (src/web/search/opensearch.ts). */}
      <link
        rel="search"
        type="application/opensearchdescription+xml"
        title={site.title}
        href="/opensearch.xml"
      />
      {meta.feeds.map((f) => (
        <link rel="alternate" type={f.type} title={f.title} href={f.href} />
      ))}
      {meta.og ? <SocialCard site={site} meta={meta} og={meta.og} /> : null}
    </>
  );
}

/** OpenGraph (https://ogp.me) and the Twitter/X card that falls back to it for title, description and image. */
function SocialCard({ site, meta, og }: { site: SiteView; meta: PageMeta; og: OpenGraph }) {
  return (
    <>
      <meta property="og:site_name" content={site.title} />
      <meta property="og:type" content={og.type} />
      <meta property="og:title" content={og.title} />
      {meta.description ? <meta property="og:description" content={meta.description} /> : null}
      {meta.canonicalUrl ? <meta property="og:url" content={meta.canonicalUrl} /> : null}
      <meta property="og:locale" content={ogLocale(meta.lang)} />
      {og.imageUrl ? <meta property="og:image" content={og.imageUrl} /> : null}
      {og.article ? <meta property="article:published_time" content={og.article.publishedIso} /> : null}
      {og.article?.updatedIso ? (
        <meta property="article:modified_time" content={og.article.updatedIso} />
      ) : null}
      {og.article?.tags.map((t) => (
        <meta property="article:tag" content={t} />
      ))}
      <meta name="twitter:card" content={og.imageUrl ? "summary_large_image" : "summary"} />
    </>
  );
}
