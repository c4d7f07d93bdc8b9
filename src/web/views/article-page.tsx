// The article page: headline, time, lead media, dateline, body, remaining media, tags; then the call to action.
import { raw } from "hono/html";
import type { ArticleView, MediaView, SiteView } from "../view-models.js";
import { ArticleBody } from "./article-body.js";
import { ArticleByline } from "./article-byline.js";
import { ArticleFooter } from "./article-footer.js";
import { CallToAction } from "./call-to-action.js";
import { DatelineLine } from "./dateline.js";
import { feedLinks } from "./feed-links.js";
import { Layout } from "./layout.js";
import { MediaBlock } from "./media-block.js";
import { ARTICLE_IMAGE_SIZES } from "./media-sizes.js";
import { absoluteUrl, type PageMeta, pageTitle } from "./page-meta.js";
import { renderDocument } from "./render-document.js";
import { uiText } from "./ui-words.js";

/**
 * Slots for sections other features render with their own escaping views (related articles, comments,
 * structured data). Their HTML is trusted and inserted as is.
 */
export interface ArticleSlots {
  head?: string;
  /** Under the headline and byline (a translated edition's notice and language switcher). */
  underHeadline?: string;
  afterArticle?: string;
}

export function renderArticlePage(site: SiteView, article: ArticleView, slots: ArticleSlots = {}): string {
  return renderDocument(<ArticlePage site={site} article={article} slots={slots} />);
}

function articleMeta(site: SiteView, a: ArticleView): PageMeta {
  return {
    // The page speaks the article's language even when the site's is another: an Arabic post on an English
    // site is an Arabic (RTL) document with an English masthead, not the reverse.
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

/**
 * A photo or video leads the story, as on any news page; files and missing media would make a poor lead, so
 * then everything follows the body. Only the lead loads eagerly: the rest sits below the text.
 */
function splitLead(media: MediaView[]): { lead: MediaView | null; rest: MediaView[] } {
  const [first, ...rest] = media;
  if (first && (first.kind === "image" || first.kind === "video")) return { lead: first, rest };
  return { lead: null, rest: media };
}

function ArticlePage({
  site,
  article,
  slots,
}: {
  site: SiteView;
  article: ArticleView;
  slots: ArticleSlots;
}) {
  const ui = uiText(site.language);
  const { lead, rest } = splitLead(article.media);
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
    <Layout site={site} meta={articleMeta(site, article)} {...(slots.head ? { headExtra: slots.head } : {})}>
      <article class="article">
        <header class="article-header">
          <h1>{article.headline}</h1>
          <ArticleByline article={article} ui={ui} />
          {slots.underHeadline ? raw(slots.underHeadline) : null}
        </header>
        {lead ? block(lead) : null}
        {article.dateline ? <DatelineLine dateline={article.dateline} /> : null}
        <ArticleBody html={article.bodyHtml} />
        {rest.map(block)}
        <ArticleFooter article={article} ui={ui} />
      </article>
      <CallToAction channels={[article.channel]} ui={ui} />
      {slots.afterArticle ? raw(slots.afterArticle) : null}
    </Layout>
  );
}
