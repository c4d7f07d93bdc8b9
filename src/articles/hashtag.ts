// Hashtags: what tag a "#word" names, and finding them in text that came without entities (old
// Desktop exports, hand-written input), so that the rest of the pipeline can rely on entities alone.
import type { TextEntity } from "../telegram/post.js";
import { memoized } from "./memo.js";
import { entityEnd, type RichText } from "./rich-text.js";

/**
 * "#word" not glued to a preceding word, URL path or HTML entity. Letters, marks (Arabic diacritics),
 * digits and underscores, like Telegram's own hashtag recognizer.
 */
const HASHTAG_IN_TEXT = /(?<![\p{L}\p{M}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]+)/gu;
const HAS_LETTER = /\p{L}/u;
/** Telegram allows "#tag@channel" (a tag scoped to a channel); the tag itself ends at "@". */
const CHANNEL_SCOPE = /@.*$/s;
const HASH_SIGNS = /^[#＃]+/;

function readTag(raw: string): string | null {
  const name = raw.normalize("NFKC").trim().replace(HASH_SIGNS, "").replace(CHANNEL_SCOPE, "").toLowerCase();
  return HAS_LETTER.test(name) ? name : null;
}

/** "#Iraq_News" → "iraq_news"; null when nothing tag-like remains (e.g. "#123"). */
export const tagFromHashtag: (raw: string) => string | null = memoized(readTag);

/** Entities inside which a "#" is not a hashtag: it is part of a link or of code. */
const OPAQUE_TYPES = new Set<TextEntity["type"]>(["url", "text_link", "email", "code", "pre", "mention"]);

/** Adds hashtag entities found in the text, but only when the source marked none itself. */
export function withHashtagEntities(rich: RichText): RichText {
  if (!rich.text.includes("#") || rich.entities.some((e) => e.type === "hashtag")) return rich;
  const opaque = rich.entities.filter((e) => OPAQUE_TYPES.has(e.type));
  const found: TextEntity[] = [];
  for (const match of rich.text.matchAll(HASHTAG_IN_TEXT)) {
    const name = match[1] ?? "";
    if (!HAS_LETTER.test(name)) continue;
    const offset = match.index;
    const end = offset + match[0].length;
    if (opaque.some((e) => e.offset < end && entityEnd(e) > offset)) continue;
    found.push({ type: "hashtag", offset, length: match[0].length });
  }
  return found.length === 0 ? rich : { text: rich.text, entities: [...rich.entities, ...found] };
}
