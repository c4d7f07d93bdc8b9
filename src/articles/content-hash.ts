// A fingerprint of what an article shows. Telegram reports edits that change nothing visible (a
// reaction, a button, a field we ignore); equal hashes let the caller skip those.
import { createHash } from "node:crypto";
import type { ArticleDraft } from "./types.js";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level, so equal values always give equal text. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export type DraftFields = Omit<ArticleDraft, "contentHash">;

/**
 * SHA-256, hex, of the canonical JSON of every shown field. Stored hashes are compared with new ones,
 * so the bytes must never change: they are what `canonicalJson` gives for the object
 * { headline, slug, dateline: { place, outlet } | null, bodyHtml, bodyText, summary, tags, language,
 * direction }, written out here directly (keys in sorted order) rather than through the generic walk,
 * which costs more than the hash on a long article.
 */
export function contentHash(fields: DraftFields): string {
  const str = (value: string | null | undefined) => JSON.stringify(value ?? null);
  const dateline = fields.dateline
    ? `{"outlet":${str(fields.dateline.outlet)},"place":${str(fields.dateline.place)}}`
    : "null";
  const json =
    `{"bodyHtml":${str(fields.bodyHtml)},"bodyText":${str(fields.bodyText)},"dateline":${dateline},` +
    `"direction":${str(fields.direction)},"headline":${str(fields.headline)},` +
    `"language":${str(fields.language)},"slug":${str(fields.slug)},"summary":${str(fields.summary)},` +
    `"tags":[${fields.tags.map((tag) => str(tag)).join(",")}]}`;
  return createHash("sha256").update(json).digest("hex");
}
