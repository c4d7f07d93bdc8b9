// Test support: entities placed by the text they cover, so tests never count UTF-16 units by hand.
import type { EntityType, TextEntity } from "../../src/telegram/post.js";

/** The entity covering the `occurrence`-th (0-based) appearance of `covered` in `text`. */
export function entityAt(
  text: string,
  covered: string,
  type: EntityType,
  extra: Partial<TextEntity> = {},
  occurrence = 0,
): TextEntity {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(covered, offset + 1);
    if (offset === -1) throw new Error(`"${covered}" does not occur ${occurrence + 1} time(s) in the text`);
  }
  return { type, offset, length: covered.length, ...extra };
}

const TAG = /<(\/?)([a-z]+)[^>]*>/g;
const VOID_ELEMENTS = new Set(["br"]);

/** True when every element opened is closed in reverse order (what a browser parses without repair). */
export function isWellFormed(html: string): boolean {
  const stack: string[] = [];
  for (const match of html.matchAll(TAG)) {
    const [, closing, name = ""] = match;
    if (VOID_ELEMENTS.has(name)) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}
