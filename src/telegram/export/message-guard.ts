// A fast check of exportMessageSchema's shape, run first on every message. zod's looseObject parse copies
// the message, every text run, and a result object per field (about 10 KB of garbage for a 2.7 KB message,
// more than JSON.parse makes), and it walks the unknown keys; this check reads only the fields the schema
// names and allocates nothing.
//
// It accepts exactly what the schema accepts (test/telegram/export/message-guard.test.ts compares the two
// on generated messages, and fails when the schema gains a field this check lacks), and the schema has no
// transforms, so a message it accepts is used as parsed. A message it refuses goes to the schema, which
// gives the precise error; the schema alone is the authority, the guard only a shortcut to its answer.
import type { ExportMessage } from "./message-schema.js";

const UNIX_SECONDS = /^\d{1,12}$/;

export function isExportMessage(value: unknown): value is ExportMessage {
  if (!isRecord(value)) return false;
  const m = value;
  return (
    isInt(m.id) &&
    m.type === "message" &&
    typeof m.date === "string" &&
    isOptional(m.date_unixtime, isUnixSeconds) &&
    isOptional(m.edited, isString) &&
    isOptional(m.edited_unixtime, isUnixSeconds) &&
    isOptional(m.author, isString) &&
    (m.forwarded_from === null || isOptional(m.forwarded_from, isString)) &&
    isOptional(m.reply_to_message_id, isInt) &&
    isOptional(m.text, isRichText) &&
    isOptional(m.text_entities, isTextParts) &&
    isOptional(m.photo, isString) &&
    isOptional(m.photo_file_size, isCount) &&
    isOptional(m.file, isString) &&
    isOptional(m.file_name, isString) &&
    isOptional(m.file_size, isCount) &&
    isOptional(m.media_type, isString) &&
    isOptional(m.mime_type, isString) &&
    isOptional(m.duration_seconds, isNonNegativeNumber) &&
    isOptional(m.width, isCount) &&
    isOptional(m.height, isCount) &&
    isOptional(m.poll, isPoll) &&
    (m.location_information === null || isOptional(m.location_information, isPoint)) &&
    isOptional(m.place_name, isString) &&
    isOptional(m.address, isString)
  );
}

function isOptional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

/** What zod takes for an object: not null, not an array. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isString(value: unknown): boolean {
  return typeof value === "string";
}

/** z.int(): a safe integer. */
function isInt(value: unknown): boolean {
  return Number.isSafeInteger(value);
}

function isCount(value: unknown): boolean {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/** z.number() refuses NaN and the infinities. */
function isNonNegativeNumber(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

function isUnixSeconds(value: unknown): boolean {
  return typeof value === "string" && UNIX_SECONDS.test(value);
}

function isRichText(value: unknown): boolean {
  if (typeof value === "string") return true;
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const part: unknown = value[i];
    if (typeof part !== "string" && !isTextPart(part)) return false;
  }
  return true;
}

function isTextParts(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!isTextPart(value[i])) return false;
  return true;
}

function isTextPart(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.type === "string" &&
    typeof value.text === "string" &&
    isOptional(value.href, isString) &&
    isOptional(value.language, isString) &&
    (value.collapsed === undefined || typeof value.collapsed === "boolean")
  );
}

function isPoll(value: unknown): boolean {
  if (!isRecord(value) || !isRichText(value.question) || !Array.isArray(value.answers)) return false;
  for (const answer of value.answers as unknown[])
    if (!isRecord(answer) || !isRichText(answer.text)) return false;
  return true;
}

function isPoint(value: unknown): boolean {
  return isRecord(value) && isFiniteNumber(value.latitude) && isFiniteNumber(value.longitude);
}

function isFiniteNumber(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value);
}
