// Error pages (400, 404, 410, 500): the message, plus a way on (home, and search in the masthead).

import type { ErrorPageView, SiteView } from "../view-models.js";
import { feedLinks } from "./feed-links.js";
import { Layout } from "./layout.js";
import { type PageMeta, pageTitle } from "./page-meta.js";
import { renderDocument } from "./render-document.js";
import { uiText } from "./ui-words.js";

export function renderErrorPage(site: SiteView, e: ErrorPageView): string {
  return renderDocument(<ErrorPage site={site} error={e} />);
}

function errorMeta(site: SiteView, e: ErrorPageView): PageMeta {
  return {
    lang: site.language,
    dir: site.direction,
    title: pageTitle(e.title, site),
    description: null,
    canonicalUrl: null,
    feeds: feedLinks(site),
    og: null,
    noindex: true,
  };
}

function ErrorPage({ site, error }: { site: SiteView; error: ErrorPageView }) {
  const ui = uiText(site.language);
  return (
    <Layout site={site} meta={errorMeta(site, error)}>
      <div class={`error-page error-${error.status}`}>
        <p class="error-status">{error.status}</p>
        <h1>{error.title}</h1>
        <p>{error.message}</p>
        {/* 410 Gone (RFC 9110 §15.5.11): the article existed and was taken down on purpose; say so, so readers
            arriving from an old link know it is not a broken site. */}
        {error.status === 410 ? <p class="notice">{ui.removedNotice}</p> : null}
        <p>
          <a href="/">{ui.frontPage}</a>
        </p>
      </div>
    </Layout>
  );
}
