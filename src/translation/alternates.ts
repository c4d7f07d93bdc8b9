// The language versions of a page, for hreflang links and the language switcher: the original first,
// then each translated edition. Pure.

import { urlPathOf } from "../articles/permalink.js";
import type { ArticleRow, ChannelRow } from "../db/tables/index.js";
import type { EditionRow } from "../store/translation/index.js";
import { editionUrl } from "./edition-urls.js";
import { normalizeLanguage } from "./languages.js";

export interface Version {
  language: string;
  /** Path (already percent-encoded), e.g. "/en/2021/02/19/slug/". */
  url: string;
}

/** One language version of a page, as the page lists it. */
export interface Alternate {
  /** Lower-case tag ("en", "pt-br"). */
  language: string;
  /** Path (already percent-encoded). */
  url: string;
  /** The page being shown. */
  current: boolean;
}

/** An original article and its translations, for its hreflang links and language switcher. */
export interface ArticleAlternates {
  original: Version;
  /** The original first, then each translation; the original is current. */
  alternates: Alternate[];
}

/** The original's language, or its channel's when the post did not tell. */
export function originalLanguage(a: ArticleRow, channel: ChannelRow): string {
  return a.language && a.language !== "und" ? a.language : channel.language;
}

export function versionsOf(
  a: ArticleRow,
  channel: ChannelRow,
  editions: EditionRow[],
): { original: Version; others: Version[] } {
  return {
    original: { language: originalLanguage(a, channel), url: urlPathOf(a.path) },
    others: editions
      .filter((e) => e.kind === "translation" && e.path)
      .map((e) => ({ language: e.language, url: editionUrl(e.language, e.path!) })),
  };
}

/**
 * Each language once (the first version wins), languages unknown ("", "und") left out. `current` is the
 * language of the page being shown (the original's for the original).
 */
export function alternatesOf(original: Version, editions: Version[], current: string): Alternate[] {
  const seen = new Set<string>();
  const out: Alternate[] = [];
  for (const v of [original, ...editions]) {
    const language = normalizeLanguage(v.language);
    if (language === "" || language === "und" || seen.has(language)) continue;
    seen.add(language);
    out.push({ language, url: v.url, current: language === normalizeLanguage(current) });
  }
  return out;
}
