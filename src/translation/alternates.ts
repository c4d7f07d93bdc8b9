// The language versions of a page, for hreflang links and the language switcher: the original first,
// then each translated edition. Pure.
import type { AlternateView } from "../web/views/editions/models.js";
import { displayTag, editionDirection, nativeName, normalizeLanguage } from "./languages.js";

export interface Version {
  language: string;
  /** Path (already percent-encoded), e.g. "/en/2021/02/19/slug/". */
  url: string;
}

/** `current` is the language of the page being rendered (the original's for the original). */
export function alternatesOf(
  original: Version,
  editions: Version[],
  current: string,
  baseUrl: string,
): AlternateView[] {
  const seen = new Set<string>();
  const out: AlternateView[] = [];
  for (const v of [original, ...editions]) {
    const lang = normalizeLanguage(v.language);
    if (lang === "" || lang === "und" || seen.has(lang)) continue;
    seen.add(lang);
    out.push({
      lang: displayTag(lang),
      dir: editionDirection(lang),
      href: `${baseUrl}${v.url}`,
      label: nativeName(lang),
      current: lang === normalizeLanguage(current),
    });
  }
  return out;
}
