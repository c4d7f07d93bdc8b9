// Where editions live: the original's addresses with the edition's language in front.
import { urlPathOf } from "../articles/permalink.js";

/** "/en/2021/02/19/<slug>/" */
export function editionUrl(language: string, pathKey: string): string {
  return `/${language}${urlPathOf(pathKey)}`;
}

export function editionTagUrl(language: string, tag: string): string {
  return `/${language}/tag/${encodeURIComponent(tag)}/`;
}

/** Where an edition's reader finds the article: the translation, or the original when already in that language. */
export function editionItemUrl(
  e: { kind: string; language: string; path: string | null },
  articlePath: string,
): string {
  return e.kind === "translation" && e.path ? editionUrl(e.language, e.path) : urlPathOf(articlePath);
}
