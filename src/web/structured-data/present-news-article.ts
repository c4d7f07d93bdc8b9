// schema.org NewsArticle (https://schema.org/NewsArticle), with the fields Google's article structured
// data reads (https://developers.google.com/search/docs/appearance/structured-data/article): headline,
// image, datePublished, dateModified, author, publisher. The newsroom is the channel: an Organization
// whose url is its Telegram channel. The dateline's place is where the story happened: contentLocation.
import { type ArticleView, absoluteUrl, type SiteView } from "../views/index.js";

export interface NewsArticleInput {
  site: SiteView;
  article: ArticleView;
}

export function presentNewsArticle({ site, article }: NewsArticleInput): Record<string, unknown> {
  const url = absoluteUrl(site, article.url);
  const organization = {
    "@type": "Organization",
    name: article.channel.title,
    url: article.channel.telegramUrl,
  };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: article.headline,
    ...(article.summary ? { description: article.summary } : {}),
    ...(article.imageUrl ? { image: [article.imageUrl] } : {}),
    datePublished: article.publishedIso,
    dateModified: article.updatedIso ?? article.publishedIso,
    ...(article.language && article.language !== "und" ? { inLanguage: article.language } : {}),
    author: organization,
    publisher: organization,
    ...(article.dateline ? { contentLocation: { "@type": "Place", name: article.dateline.place } } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.map((t) => t.name) } : {}),
    ...(article.telegramPostUrl ? { sameAs: article.telegramPostUrl } : {}),
    isAccessibleForFree: true,
  };
}
