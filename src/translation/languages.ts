// Language tags of editions: lower-case BCP 47 ("en", "pt-br"), which are also the first segment of an
// edition's URLs. Names come from Intl (ICU), in the language itself, for the language switcher.
import { directionOf } from "../articles/language.js";
import type { Direction } from "../articles/types.js";

/** A primary language subtag and optional subtags: what `--translate-to` accepts and URLs carry. */
export const EDITION_LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

export function normalizeLanguage(tag: string): string {
  return tag.trim().toLowerCase().replaceAll("_", "-");
}

export function isEditionLanguage(tag: string): boolean {
  return EDITION_LANGUAGE.test(tag);
}

/** "pt-br" → "pt". */
export function primaryLanguage(tag: string): string {
  return normalizeLanguage(tag).split("-")[0] ?? "";
}

/** Whether two tags name the same language for translation purposes ("en" and "en-gb" do). */
export function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}

/** Tags in the form BCP 47 prefers for attributes: "pt-br" → "pt-BR". */
export function displayTag(tag: string): string {
  const [primary = "", ...rest] = normalizeLanguage(tag).split("-");
  return [primary, ...rest.map((s) => (s.length === 2 ? s.toUpperCase() : s))].join("-");
}

/** The language's own name for itself ("English", "العربية"), or the tag when ICU does not know it. */
export function nativeName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([displayTag(tag)], { type: "language" }).of(displayTag(tag));
    if (!name || name === tag) return tag;
    return name.charAt(0).toLocaleUpperCase(displayTag(tag)) + name.slice(1);
  } catch {
    return tag;
  }
}

export function editionDirection(tag: string): Direction {
  return directionOf(normalizeLanguage(tag));
}

/** Digits written natively in these target languages; all others get ASCII digits. */
const NATIVE_DIGIT_LANGUAGES = new Set(["ar", "fa", "ur", "ps", "ckb"]);

export function keepsNativeDigits(tag: string): boolean {
  return NATIVE_DIGIT_LANGUAGES.has(primaryLanguage(tag));
}
