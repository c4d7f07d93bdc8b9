// The one text of a post or album. Telegram puts an album's caption on one of its items, usually the
// first; when editors caption several items, every caption is kept, in message order.
import type { TelegramPost } from "../telegram/post.js";
import { type RichText, richText } from "./rich-text.js";
import { deleteMatches, joinRich, trimRich } from "./text-edit.js";

const CAPTION_SEPARATOR = "\n\n";
/** Windows line ends from exports: a "\r" would otherwise survive into paragraphs. */
const CARRIAGE_RETURN = /\r/g;

function caption(post: TelegramPost): RichText {
  const rich = richText(post.text, post.entities);
  return trimRich(post.text.includes("\r") ? deleteMatches(rich, CARRIAGE_RETURN) : rich);
}

export function captionOf(posts: readonly TelegramPost[]): RichText {
  const captions = posts.filter((post) => post.text.trim() !== "").map(caption);
  // One caption (nearly every post) is already what joining would give: sanitized, unshifted.
  return captions.length === 1 && captions[0] ? captions[0] : joinRich(captions, CAPTION_SEPARATOR);
}
