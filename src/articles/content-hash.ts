// A fingerprint of what an article shows. Telegram reports edits that change nothing visible (a
// reaction, a button, a field we ignore); equal hashes let the caller skip those, and a translated edition
// remembers the hash of the original it was made from.
//
// The hashed bytes (version 2): the UTF-8 of the body's HTML, its text and the summary, back to back, each
// encoded on its own; then "\n" and the JSON array
//   ["content-v2", headline, place, outlet, language, direction, tags, html bytes, text bytes, summary bytes]
// whose byte counts say where each text ends. JSON writes no raw line break, so the last "\n" starts the
// array: different fields never give the same bytes. The slug is left out: it follows from the headline
// (and, for a fallback headline, the message id), and a stored article may carry another one after a
// permalink clash, while every hashed field is stored as it was drafted, so migration 0009 could compute
// the hashes of stored articles. The texts come first and bare so that an import's prepare worker
// writes the header line after them where they already lie, packed as UTF-8 for the writing thread, and
// hashes the lot in one call (contentHashOfPacked). Stored hashes are compared with new ones: changing
// these bytes needs a migration.
import * as crypto from "node:crypto";
import type { ArticleDraft } from "./types.js";

export type DraftFields = Omit<ArticleDraft, "contentHash">;

/** The fields of the header line: all but the long texts (and the slug, see above). */
export type HeaderFields = Pick<DraftFields, "headline" | "dateline" | "language" | "direction" | "tags">;

const VERSION = "content-v2";

/** One-shot hashing (Node 20.12+) spares the Hash object; createHash gives the same digest before. */
const hashOnce = (crypto as { hash?: (algorithm: string, data: Uint8Array) => string }).hash;

/** "\n" and the header array, for texts of these lengths in UTF-8 bytes. */
export function headerLine(
  f: HeaderFields,
  lengths: { bodyHtml: number; bodyText: number; summary: number },
): string {
  const { dateline } = f;
  return `\n${JSON.stringify([
    VERSION,
    f.headline,
    dateline?.place ?? null,
    dateline?.outlet ?? null,
    f.language,
    f.direction,
    f.tags,
    lengths.bodyHtml,
    lengths.bodyText,
    lengths.summary,
  ])}`;
}

/** SHA-256, hex, of the bytes described above. */
export function contentHash(fields: DraftFields): string {
  const { bodyHtml, bodyText, summary } = fields;
  const lengths = {
    bodyHtml: Buffer.byteLength(bodyHtml),
    bodyText: Buffer.byteLength(bodyText),
    summary: Buffer.byteLength(summary),
  };
  return crypto
    .createHash("sha256")
    .update(bodyHtml)
    .update(bodyText)
    .update(summary)
    .update(headerLine(fields, lengths))
    .digest("hex");
}

/**
 * contentHash of a draft from its bytes as described above, already written out: the three texts in
 * UTF-8 and the headerLine after them.
 */
export function contentHashOfPacked(bytes: Uint8Array): string {
  return hashOnce ? hashOnce("sha256", bytes) : crypto.createHash("sha256").update(bytes).digest("hex");
}
