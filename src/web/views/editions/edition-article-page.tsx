// An article in a translated edition: the core article page's parts, with the machine-translation notice
// and the language switcher under the headline, and hreflang alternates to every other version.
import { ArticleBody } from "../article-body.js";
import { ArticleByline } from "../article-byline.js";
import { ArticleFooter } from "../article-footer.js";
import { CallToAction } from "../call-to-action.js";
import { DatelineLine } from "../dateline.js";
import { feedLinks } from "../feed-links.js";
import { Layout } from "../layout.js";
import { MediaBlock } from "../media-block.js";
import { ARTICLE_IMAGE_SIZES } from "../media-sizes.js";
import type { MediaView, SiteView } from "../models.js";
import { absoluteUrl, type PageMeta, pageTitle } from "../page-meta.js";
import { renderDocument } from "../render-document.js";
import { uiText } from "../ui-text.js";
import { renderAlternateLinks } from "./alternate-links.js";
import { editionText } from "./edition-text.js";
import { LanguageSwitcher } from "./language-switcher.js";
import type { EditionArticleView } from "./models.js";
import { TranslationNotice } from "./translation-notice.js";

export function renderEditionArticlePage(site: SiteView, view: EditionArticleView): string {
  return renderDocument(<EditionArticlePage site={site} view={view} />);
}

function meta(site: SiteView, view: EditionArticleView): PageMeta {
  const a = view.article;
  return {
    lang: a.language,
    dir: a.direction,
    title: pageTitle(a.headline, site),
    description: a.summary || null,
    canonicalUrl: absoluteUrl(site, a.url),
    feeds: feedLinks(site),
    og: {
      type: "article",
      title: a.headline,
      imageUrl: a.imageUrl,
      article: { publishedIso: a.publishedIso, updatedIso: a.updatedIso, tags: a.tags.map((t) => t.name) },
    },
    noindex: false,
  };
}

function EditionArticlePage({ site, view }: { site: SiteView; view: EditionArticleView }) {
  const article = view.article;
  const ui = uiText(site.language);
  const text = editionText(article.language);
  const page = { lang: article.language, dir: article.direction };
  const [first, ...others] = article.media;
  const lead = first && (first.kind === "image" || first.kind === "video") ? first : null;
  const rest = lead ? others : article.media;
  const block = (m: MediaView) => (
    <MediaBlock
      media={m}
      ui={ui}
      sizes={ARTICLE_IMAGE_SIZES}
      eager={m === lead}
      postUrl={article.telegramPostUrl}
    />
  );
  return (
    <Layout
      site={site}
      meta={meta(site, view)}
      headExtra={renderAlternateLinks(view.alternates, absoluteUrl(site, view.notice.originalUrl))}
    >
      <article class="article">
        <header class="article-header">
          <h1>{article.headline}</h1>
          <ArticleByline article={article} ui={ui} />
          <TranslationNotice notice={view.notice} text={text} page={page} />
          <LanguageSwitcher alternates={view.alternates} label={text.languages} />
        </header>
        {lead ? block(lead) : null}
        {article.dateline ? <DatelineLine dateline={article.dateline} /> : null}
        <ArticleBody html={article.bodyHtml} />
        {rest.map(block)}
        <ArticleFooter article={article} ui={ui} />
      </article>
      <CallToAction channels={[article.channel]} ui={ui} />
    </Layout>
  );
}
