import type { TelegramPost } from "../telegram/post.js";

/** Per-channel settings that shape articles. Stored in the database, set with `dateline channel set`. */
export interface ChannelSettings {
  username: string;
  title: string;
  /** IANA zone the newsroom works in, e.g. "Asia/Baghdad". */
  timezone: string;
  /** The channel's main language (BCP 47, e.g. "ar"); articles detect their own. */
  language: string;
  /** Call to action shown by the site, linking to https://t.me/<username>. */
  cta: string | null;
  /** Promotion-line patterns to strip from bodies: plain substrings, or /regex/flags. */
  stripPatterns: string[];
  /** Lines detected as repeated across many posts, normalized with `normalizeLine` (see articles/promo.ts). */
  detectedPromoLines: string[];
}

export interface Dateline {
  /** "Baghdad", "بغداد" */
  place: string;
  /** "People", "الناس" */
  outlet: string | null;
}

export type Direction = "rtl" | "ltr";

/** What the pure pipeline derives from one post (or one album). No I/O went into it. */
export interface ArticleDraft {
  headline: string;
  /** URL slug made from the headline: lowercase, words joined by "-", Arabic letters kept (not percent-encoded here). */
  slug: string;
  dateline: Dateline | null;
  /** Safe HTML of the body: a sequence of <p>, <blockquote>, <pre> blocks. Never contains the headline or dateline. */
  bodyHtml: string;
  /** Plain text of the body, paragraphs separated by "\n\n" (search, feeds, summaries, translation). */
  bodyText: string;
  /** Up to ~200 characters of the body, cut at a word boundary, for listings and meta description. */
  summary: string;
  /** Lower-cased hashtags without "#", plus the dateline place; unique, in order of appearance. */
  tags: string[];
  /** Detected language of the text: "ar", "en", "fa", "ru", "uk", … or the channel's language when unsure. */
  language: string;
  direction: Direction;
  /** Stable hash of everything above but the slug (content-hash.ts): equal hashes mean an edit changed nothing shown. */
  contentHash: string;
}

/** Input of the pure pipeline: the album's posts (one for a plain post), ordered by message id. */
export interface ArticleInput {
  posts: TelegramPost[];
  channel: ChannelSettings;
}
