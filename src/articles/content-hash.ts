// A fingerprint of what an article shows. Telegram reports edits that change nothing visible (a
// reaction, a button, a field we ignore); equal hashes let the caller skip those.
import * as crypto from "node:crypto";
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

/** One-shot hashing (Node 20.12+) spares the Hash object; createHash gives the same digest before. */
const hashOnce = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;

/**
 * SHA-256, hex, of the canonical JSON of every shown field. Stored hashes are compared with new ones,
 * so these bytes must never change: they are `canonicalJson` of the object below. JSON.stringify writes
 * an object's keys in insertion order, so listing them sorted gives the same text in one native call
 * instead of a walk that builds it piece by piece (which cost more than the hash on a long article).
 */
export function contentHash(fields: DraftFields): string {
  const { dateline } = fields;
  const json = JSON.stringify({
    bodyHtml: fields.bodyHtml,
    bodyText: fields.bodyText,
    dateline: dateline && { outlet: dateline.outlet ?? null, place: dateline.place ?? null },
    direction: fields.direction,
    headline: fields.headline,
    language: fields.language,
    slug: fields.slug,
    summary: fields.summary,
    tags: fields.tags,
  });
  return hashOnce ? hashOnce("sha256", json) : crypto.createHash("sha256").update(json).digest("hex");
}
