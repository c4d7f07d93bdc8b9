// What one preview page becomes before ingestion, and what it says about deletions. Pure functions.
//
// Albums: t.me/s shows an album as ONE block (data-post = the first item) whose items link to
// `<channel>/<id>?single`. The Bot API delivers the same album as one message per item sharing a
// media_group_id, and exports as consecutive messages. So a preview album is split into one message per item
// (the caption on the first), all under one group id: every source then stores an album the same way,
// message id for message id, and ingestion merges the group into one article. When the album was already
// stored from another source, its group id is reused, so the items join the existing article.

import type { StoredMessage } from "../../store/follow-store.js";
import type { SourceMessage, TelegramPost } from "../../telegram/post.js";
import type { PreviewAlbum, PreviewPage } from "../../telegram/preview/parse-page.js";

const PREVIEW_GROUP_PREFIX = "preview:";

/** Group ids of albums first seen on the preview: `preview:<first item's id>`. */
export function previewGroupId(leadId: number): string {
  return `${PREVIEW_GROUP_PREFIX}${leadId}`;
}

export function isPreviewGroupId(groupId: string): boolean {
  return groupId.startsWith(PREVIEW_GROUP_PREFIX);
}

/** Every message id the page shows: its posts and their album items (service messages are not stored). */
export function idsOnPage(page: PreviewPage): Set<number> {
  const ids = new Set(page.posts.map((p) => p.post.messageId));
  for (const album of page.albums) for (const id of album.itemIds) ids.add(id);
  return ids;
}

/**
 * Stored messages a page should show but does not: inside the page's id range, absent from it. t.me leaves
 * no placeholder for a deleted post, so these are the ones to probe.
 */
export function gapIds(page: PreviewPage, storedInRange: readonly number[]): number[] {
  if (page.minId === undefined || page.maxId === undefined) return [];
  const shown = idsOnPage(page);
  return storedInRange.filter((id) => id >= page.minId! && id <= page.maxId! && !shown.has(id));
}

/** One message per album item, as the Bot API stores albums; `groupOf` names the album's group. */
export function splitAlbums(
  posts: readonly SourceMessage[],
  albums: readonly PreviewAlbum[],
  groupOf: (itemIds: readonly number[]) => string,
): SourceMessage[] {
  const byLead = new Map(albums.map((a) => [a.messageId, a]));
  return posts.flatMap((m) => {
    const album = byLead.get(m.post.messageId);
    // Only when each item's media is known: a photo without a URL would shift the others to wrong ids.
    if (!album || album.itemIds.length !== m.post.media.length || album.itemIds[0] !== m.post.messageId) {
      return [m];
    }
    const group = groupOf(album.itemIds);
    return album.itemIds.map((id, i): SourceMessage => {
      const { text, entities, media, ...shared } = m.post;
      const post: TelegramPost = {
        ...shared,
        messageId: id,
        text: i === 0 ? text : "",
        entities: i === 0 ? entities : [],
        media: media.slice(i, i + 1),
        mediaGroupId: group,
      };
      if (i > 0) {
        delete post.replyToMessageId;
        delete post.poll;
        delete post.location;
      }
      return { source: m.source, raw: m.raw, post };
    });
  });
}

/**
 * Whether the preview's version of a message should go to ingestion (which then writes only what changed).
 * A message first stored from the Bot API keeps its Bot API version: the bot delivers its edits itself, and
 * the preview's smaller CDN copies of its media would replace the originals. A message from an export is
 * revised only when the preview shows another text: the two sources spell media differently, and that
 * alone is no edit.
 */
export function shouldIngest(preview: TelegramPost, stored: StoredMessage | undefined): boolean {
  if (!stored || stored.source === "preview") return true;
  if (stored.source === "bot") return false;
  return squeeze(stored.post.text) !== squeeze(preview.text);
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
