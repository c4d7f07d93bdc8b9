// Wraps a run of text in a span carrying its language, only when that differs from the surroundings.
import type { Child } from "hono/jsx";
import { type LangDir, langAttrs } from "./lang-attrs.js";

export function InLanguage({ text, outer, children }: { text: LangDir; outer: LangDir; children?: Child }) {
  const attrs = langAttrs(text, outer);
  return attrs.lang ? <span {...attrs}>{children}</span> : children;
}
