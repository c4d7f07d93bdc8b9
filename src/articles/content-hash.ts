// A fingerprint of what an article shows. Telegram reports edits that change nothing visible (a
// reaction, a button, a field we ignore); equal hashes let the caller skip those, and a translated edition
// remembers the hash of the original it was made from.
//
// The hashed bytes (version 2): a header line, the JSON array
//   ["content-v2", headline, place, outlet, language, direction, tags, html bytes, text bytes, summary bytes]
// and "\n", then the UTF-8 of the body's HTML, its text and the summary, back to back; the header's byte
// counts say where each ends. The slug is left out: it follows from the headline (and, for a fallback
// headline, the message id), and a stored article may carry another one after a permalink clash, while
// every hashed field is stored as it was drafted, so migration 0009 could compute the hashes of stored
// articles. The long texts come last and bare so that an import's prepare worker hashes them where they
// already lie, packed as UTF-8 for the writing thread (contentHashOfPacked), without writing them again.
// Stored hashes are compared with new ones: changing these bytes needs a migration.
import * as crypto from "node:crypto";
import type { ArticleDraft } from "./types.js";

export type DraftFields = Omit<ArticleDraft, "contentHash">;

/** The fields hashed in the header: all but the long texts (and the slug, see above). */
export type HeaderFields = Pick<DraftFields, "headline" | "dateline" | "language" | "direction" | "tags">;

const VERSION = "content-v2";

function header(f: HeaderFields, htmlBytes: number, textBytes: number, summaryBytes: number): string {
  const { dateline } = f;
  return `${JSON.stringify([
    VERSION,
    f.headline,
    dateline?.place ?? null,
    dateline?.outlet ?? null,
    f.language,
    f.direction,
    f.tags,
    htmlBytes,
    textBytes,
    summaryBytes,
  ])}\n`;
}

/**
 * SHA-256, hex, of the bytes described above. Each text is encoded on its own: joined first, a lone high
 * surrogate at the end of one and a lone low one at the start of the next would make one character.
 */
export function contentHash(fields: DraftFields): string {
  const { bodyHtml, bodyText, summary } = fields;
  return crypto
    .createHash("sha256")
    .update(
      header(fields, Buffer.byteLength(bodyHtml), Buffer.byteLength(bodyText), Buffer.byteLength(summary)),
    )
    .update(bodyHtml)
    .update(bodyText)
    .update(summary)
    .digest("hex");
}

/**
 * contentHash of a draft whose long texts are already UTF-8: `texts` holds the HTML, the text and the
 * summary back to back, of the given lengths in bytes. Equal to contentHash of the same draft (strings
 * with lone surrogates included: both encode them as U+FFFD).
 */
export function contentHashOfPacked(
  fields: HeaderFields,
  lengths: { bodyHtml: number; bodyText: number; summary: number },
  texts: Uint8Array,
): string {
  return crypto
    .createHash("sha256")
    .update(header(fields, lengths.bodyHtml, lengths.bodyText, lengths.summary))
    .update(texts)
    .digest("hex");
}
