// The normalized post of a stored message. Most messages keep its JSON beside their raw form; a message
// from a Desktop export with Unix times keeps only its raw JSON, which normalizes to the same post again
// (an import writes a third less that way), apart from the album id the export reader synthesized, which
// has its own column.
import { postOfRawMessage } from "../telegram/export/index.js";
import type { PostSource, TelegramPost } from "../telegram/post.js";

/** The `post` column of a message whose post is read back from its raw export message. */
export const FROM_RAW = "";

export interface StoredPostRow {
  source: string;
  raw: string;
  post: string;
  media_group_id: string | null;
}

/**
 * The stored form of a message's post: FROM_RAW when normalizing its raw message again gives the same
 * post, its JSON otherwise. Only export messages dated by Unix time qualify: old exports need the zone
 * the user gave, and the other sources' raw forms are read by their own parsers. The raw message may come
 * as text or as its UTF-8 bytes.
 */
export function postColumn(m: { source: PostSource; raw: string | Uint8Array; post: TelegramPost }): string {
  return m.source === "export" ? exportPostColumn(m.post, m.raw) : JSON.stringify(m.post);
}

/** postColumn of a message from a Desktop export. */
export function exportPostColumn(post: TelegramPost, raw: string | Uint8Array): string {
  const text = typeof raw === "string" ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.length);
  return readableAgain(text) ? FROM_RAW : JSON.stringify(post);
}

function readableAgain(raw: string | Buffer): boolean {
  return raw.includes('"date_unixtime"') && (!raw.includes('"edited"') || raw.includes('"edited_unixtime"'));
}

export function storedPost(row: StoredPostRow): TelegramPost {
  if (row.post !== FROM_RAW) return JSON.parse(row.post) as TelegramPost;
  const post = postOfRawMessage(row.raw, "stored message");
  if (post === null) throw new Error("a stored export message is not a post");
  if (row.media_group_id !== null) post.mediaGroupId = row.media_group_id;
  return post;
}
