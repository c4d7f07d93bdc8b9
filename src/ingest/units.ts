import type { TelegramPost } from "../telegram/post.js";

/** A unit of publication: one post, or the items of one album. Becomes one article. */
export interface Unit<M extends { post: TelegramPost }> {
  mediaGroupId: string | null;
  messages: M[];
}

/**
 * Groups messages into units: consecutive messages sharing a media group id form one album.
 * Exports carry no group id; their reader synthesizes one (consecutive media messages with one date).
 */
export function groupUnits<M extends { post: TelegramPost }>(messages: readonly M[]): Unit<M>[] {
  const units: Unit<M>[] = [];
  let current: Unit<M> | null = null;
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
