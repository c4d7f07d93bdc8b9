// The tag index (/tags/): the most used tags with their article counts, each linking to its tag page.
// Reuses the article footer's tag list look (.tags), so it needs no stylesheet of its own.
import type { TagIndexEntry } from "../../sitemaps/tag-index.js";
import {
  absoluteUrl,
  feedLinks,
  Layout,
  type PageMeta,
  pageTitle,
  renderDocument,
  type SiteView,
  uiText,
} from "../views/index.js";

export interface TagIndexView {
  canonicalPath: string;
  tags: TagIndexEntry[];
}

export function renderTagIndexPage(site: SiteView, view: TagIndexView): string {
  return renderDocument(<TagIndexPage site={site} view={view} />);
}

function tagIndexMeta(site: SiteView, view: TagIndexView, heading: string): PageMeta {
  const title = pageTitle(heading, site);
  return {
    lang: site.language,
    dir: site.direction,
    title,
    description: `${heading}: ${site.title}`,
    canonicalUrl: absoluteUrl(site, view.canonicalPath),
    feeds: feedLinks(site),
    og: { type: "website", title, imageUrl: null },
    noindex: false,
  };
}

function TagIndexPage({ site, view }: { site: SiteView; view: TagIndexView }) {
  const ui = uiText(site.language);
  return (
    <Layout site={site} meta={tagIndexMeta(site, view, ui.tags)}>
      <h1>{ui.tags}</h1>
      {view.tags.length > 0 ? (
        <nav class="tags tag-index" aria-label={ui.tags}>
          <ul>
            {view.tags.map((t) => (
              <li>
                {/* Tags come in every language the channels write: <bdi> keeps each name in its own order. */}
                <a href={t.url} rel="tag">
                  <bdi>{t.name}</bdi> <data value={String(t.count)}>({t.count})</data>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <p>{ui.noArticles}</p>
      )}
    </Layout>
  );
}
