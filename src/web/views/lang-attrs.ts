// lang/dir attributes for an element whose text may be in another language than its surroundings.
import type { Direction } from "../../articles/types.js";

export interface LangDir {
  lang: string;
  dir: Direction;
}

/**
 * The attributes to put on an inner element so assistive tech and the bidi algorithm see its language: none
 * when it matches the enclosing one (less noise), both when either differs. `dir` also isolates the text
 * (unicode-bidi: isolate in the UA stylesheet), which keeps an English label inside an Arabic line in order.
 */
export function langAttrs(inner: LangDir, outer: LangDir): Partial<LangDir> {
  if (inner.lang === outer.lang && inner.dir === outer.dir) return {};
  return { lang: inner.lang, dir: inner.dir };
}
