import type { SourceMessage, TelegramPost } from "../telegram/post.js";

/** A unit of publication: one post, or the items of one album. Becomes one article. */
export interface Unit {
  mediaGroupId: string | null;
  messages: SourceMessage[];
}

/**
 * Groups messages into units: consecutive messages sharing a media group id form one album.
 * Exports carry no group id; their reader synthesizes one (consecutive media messages with one date).
 */
export function groupUnits(messages: SourceMessage[]): Unit[] {
  const units: Unit[] = [];
  let current: Unit | null = null;
  for (const m of messages) {
    const gid = m.post.mediaGroupId ?? null;
    if (current && gid !== null && current.mediaGroupId === gid) {
      current.messages.push(m);
      continue;
    }
    current = { mediaGroupId: gid, messages: [m] };
    units.push(current);
  }
  return units;
}

/** A post worth an article: text, or media a reader can look at. A lone sticker is not news. */
export function isArticleWorthy(posts: TelegramPost[]): boolean {
  return posts.some(
    (p) =>
      p.text.trim().length > 0 ||
      p.poll !== undefined ||
      p.location !== undefined ||
      p.media.some((m) => m.kind !== "sticker"),
  );
}
