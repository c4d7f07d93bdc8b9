// An article's edit history, newest first: each version's time, headline and line diff against the previous.

import type { RevisionsPageView, RevisionView, SiteView } from "../view-models.js";
import { feedLinks } from "./feed-links.js";
import { InLanguage } from "./in-language.js";
import { type LangDir, langAttrs } from "./lang-attrs.js";
import { Layout } from "./layout.js";
import { type PageMeta, pageTitle } from "./page-meta.js";
import { renderDocument } from "./render-document.js";
import { RevisionDiff } from "./revision-diff.js";
import { TimeStamp } from "./time-stamp.js";
import { type UiText, uiText } from "./ui-words.js";

export function renderRevisionsPage(site: SiteView, r: RevisionsPageView): string {
  return renderDocument(<RevisionsPage site={site} page={r} />);
}

function revisionsMeta(site: SiteView, r: RevisionsPageView, ui: UiText): PageMeta {
  return {
    // Interface page about an article: the site's language outside, the article's on its text.
    lang: site.language,
    dir: site.direction,
    title: pageTitle(`${ui.revisions}: ${r.article.headline}`, site),
    description: null,
    // The view model carries no path of this page, so no canonical; noindex keeps the old wording of a
    // story out of search results, which should show the article itself.
    canonicalUrl: null,
    feeds: feedLinks(site),
    og: null,
    noindex: true,
  };
}

function RevisionsPage({ site, page }: { site: SiteView; page: RevisionsPageView }) {
  const ui = uiText(site.language);
  const meta = revisionsMeta(site, page, ui);
  const text: LangDir = { lang: page.article.language, dir: page.article.direction };
  const outer: LangDir = { lang: meta.lang, dir: meta.dir };
  // Sorted here rather than trusted: "newest first" is this page's promise, whatever order the rows came in.
  const revisions = [...page.revisions].sort((a, b) => b.number - a.number);
  return (
    <Layout site={site} meta={meta}>
      <header class="page-header">
        <h1>
          <InLanguage text={ui} outer={outer}>
            {ui.revisions}
          </InLanguage>
          :{" "}
          <a href={page.article.url} lang={text.lang} dir={text.dir}>
            {page.article.headline}
          </a>
        </h1>
        <p>
          <a href={page.article.url} {...langAttrs(ui, outer)}>
            {ui.backToArticle}
          </a>
        </p>
      </header>
      {revisions.map((rev) => (
        <Revision revision={rev} ui={ui} text={text} outer={outer} />
      ))}
    </Layout>
  );
}

function Revision({
  revision,
  ui,
  text,
  outer,
}: {
  revision: RevisionView;
  ui: UiText;
  text: LangDir;
  outer: LangDir;
}) {
  const headingId = `revision-${revision.number}`;
  return (
    <section class="revision" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <InLanguage text={ui} outer={outer}>
          {ui.revision(revision.number)}
        </InLanguage>
        {" · "}
        <TimeStamp iso={revision.createdIso} display={revision.createdDisplay} />
      </h2>
      <p class="revision-headline" lang={text.lang} dir={text.dir}>
        <strong>{revision.headline}</strong>
      </p>
      <RevisionDiff diff={revision.diff} ui={ui} text={text} />
    </section>
  );
}
