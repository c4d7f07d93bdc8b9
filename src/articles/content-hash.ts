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

/** SHA-256, hex, of the canonical JSON of every shown field. */
export function contentHash(fields: DraftFields): string {
  const json: Json = {
    headline: fields.headline,
    slug: fields.slug,
    dateline: fields.dateline && { place: fields.dateline.place, outlet: fields.dateline.outlet },
    bodyHtml: fields.bodyHtml,
    bodyText: fields.bodyText,
    summary: fields.summary,
    tags: fields.tags,
    language: fields.language,
    direction: fields.direction,
  };
  return createHash("sha256").update(canonicalJson(json)).digest("hex");
}
