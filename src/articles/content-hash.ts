// A fingerprint of what an article shows. Telegram reports edits that change nothing visible (a
// reaction, a button, a field we ignore); equal hashes let the caller skip those.
import * as crypto from "node:crypto";
import { Utf8JsonWriter } from "./json-utf8.js";
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
const hashOnce = (crypto as { hash?: (algorithm: string, data: string | Uint8Array) => string }).hash;

function sha256Hex(data: string | Uint8Array): string {
  return hashOnce ? hashOnce("sha256", data) : crypto.createHash("sha256").update(data).digest("hex");
}

/**
 * The text that is hashed: `canonicalJson` of the object below. JSON.stringify writes an object's keys
 * in insertion order, so listing them sorted gives the same text in one native call. Kept as the
 * definition, and used for fields of any other shape than `canonicalFieldsUtf8` takes.
 */
export function canonicalFieldsJson(fields: DraftFields): string {
  const { dateline } = fields;
  return JSON.stringify({
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
}

const isString = (value: unknown): value is string => typeof value === "string";
const isNameOrNull = (value: unknown): boolean => value === null || value === undefined || isString(value);

/** Fields exactly as the types say (strings, a dateline or null, tags all strings): the writer's case. */
function hasDraftShape(fields: DraftFields): boolean {
  const { dateline, tags } = fields;
  return (
    isString(fields.bodyHtml) &&
    isString(fields.bodyText) &&
    isString(fields.direction) &&
    isString(fields.headline) &&
    isString(fields.language) &&
    isString(fields.slug) &&
    isString(fields.summary) &&
    (dateline === null ||
      (typeof dateline === "object" && isNameOrNull(dateline.outlet) && isNameOrNull(dateline.place))) &&
    Array.isArray(tags) &&
    allStrings(tags)
  );
}

/** Every element a string (`every` would skip the holes of a sparse array, which JSON writes as null). */
function allStrings(values: readonly unknown[]): boolean {
  for (let i = 0; i < values.length; i++) if (!isString(values[i])) return false;
  return true;
}

const writer = new Utf8JsonWriter();

function writeNameOrNull(value: string | null | undefined): void {
  if (value === null || value === undefined) writer.ascii("null");
  else writer.string(value);
}

/** The UTF-8 bytes of `canonicalFieldsJson(fields)`, written without that string; valid until the next call. */
function canonicalFieldsUtf8(fields: DraftFields): Uint8Array {
  writer.reset();
  writer.ascii('{"bodyHtml":');
  writer.stringRemembered(fields.bodyHtml);
  writer.ascii(',"bodyText":');
  // The text's paragraphs are in the HTML: their bytes are copied from there.
  writer.stringSharing(fields.bodyText);
  writer.ascii(',"dateline":');
  if (fields.dateline === null) writer.ascii("null");
  else {
    writer.ascii('{"outlet":');
    writeNameOrNull(fields.dateline.outlet);
    writer.ascii(',"place":');
    writeNameOrNull(fields.dateline.place);
    writer.ascii("}");
  }
  writer.ascii(',"direction":');
  writer.string(fields.direction);
  writer.ascii(',"headline":');
  writer.string(fields.headline);
  writer.ascii(',"language":');
  writer.string(fields.language);
  writer.ascii(',"slug":');
  writer.string(fields.slug);
  writer.ascii(',"summary":');
  writer.string(fields.summary);
  writer.ascii(',"tags":[');
  for (let i = 0; i < fields.tags.length; i++) {
    if (i > 0) writer.ascii(",");
    writer.string(fields.tags[i] ?? "");
  }
  writer.ascii("]}");
  return writer.bytes();
}

/**
 * SHA-256, hex, of the UTF-8 canonical JSON of every shown field (`canonicalFieldsJson`). Stored hashes
 * are compared with new ones, so these bytes must never change. Building that JSON string and then
 * encoding it cost more than the hash itself on a long Arabic article; the bytes are written directly.
 */
export function contentHash(fields: DraftFields): string {
  return sha256Hex(hasDraftShape(fields) ? canonicalFieldsUtf8(fields) : canonicalFieldsJson(fields));
}
