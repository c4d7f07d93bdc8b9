// View models of edition pages: the article and listing models of the core views, plus what an edition
// adds (the other languages, the machine-translation notice).
import type { ArticleView, ListingView } from "../views/index.js";

export interface AlternateView {
  /** BCP 47 tag as attributes want it ("en", "pt-BR"). */
  lang: string;
  dir: "ltr" | "rtl";
  /** Absolute URL of the page in that language. */
  href: string;
  /** The language's name for itself ("English", "العربية"). */
  label: string;
  /** This page. */
  current: boolean;
}

export interface TranslationNoticeView {
  /** Path of the original article. */
  originalUrl: string;
  /** The original's language, named in the edition's language ("Arabic"). */
  originalLanguage: string;
  /** The original changed after this translation was made: a newer one is on its way. */
  outdated: boolean;
}

export interface EditionArticleView {
  article: ArticleView;
  alternates: AlternateView[];
  notice: TranslationNoticeView;
}

export interface EditionListingView {
  listing: ListingView;
  alternates: AlternateView[];
}
