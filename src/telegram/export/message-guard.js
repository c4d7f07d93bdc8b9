// A fast check of exportMessageSchema's shape, run first on every message. zod's looseObject parse copies
// the message, every text run, and a result object per field (about 10 KB of garbage for a 2.7 KB message,
// more than JSON.parse makes), and it walks the unknown keys; this check reads only the fields the schema
// names and allocates nothing.
//
// It accepts exactly what the schema accepts (test/telegram-export/message-guard.test.ts compares the two
// on generated messages, and fails when the schema gains a field this check lacks), and the schema has no
// transforms, so a message it accepts is used as parsed. A message it refuses goes to the schema, which
// gives the precise error; the schema alone is the authority, the guard only a shortcut to its answer.

/** @import { ExportMessage } from "./message-schema.js" */

const UNIX_SECONDS = /^\d{1,12}$/;

/**
 * @param {unknown} value
 * @returns {value is ExportMessage}
 */
export function isExportMessage(value) {
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

/**
 * @param {unknown} value
 * @param {(value: unknown) => boolean} check
 */
function isOptional(value, check) {
  return value === undefined || check(value);
}

/**
 * What zod takes for an object: not null, not an array.
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** @param {unknown} value */
function isString(value) {
  return typeof value === "string";
}

/** z.int(): a safe integer. @param {unknown} value */
function isInt(value) {
  return Number.isSafeInteger(value);
}

/** @param {unknown} value */
function isCount(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/** z.number() refuses NaN and the infinities. @param {unknown} value */
function isNonNegativeNumber(value) {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** @param {unknown} value */
function isUnixSeconds(value) {
  return typeof value === "string" && UNIX_SECONDS.test(value);
}

/** @param {unknown} value */
function isRichText(value) {
  if (typeof value === "string") return true;
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const part = value[i];
    if (typeof part !== "string" && !isTextPart(part)) return false;
  }
  return true;
}

/** @param {unknown} value */
function isTextParts(value) {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!isTextPart(value[i])) return false;
  return true;
}

/** @param {unknown} value */
function isTextPart(value) {
  return (
    isRecord(value) &&
    typeof value.type === "string" &&
    typeof value.text === "string" &&
    isOptional(value.href, isString) &&
    isOptional(value.language, isString) &&
    (value.collapsed === undefined || typeof value.collapsed === "boolean")
  );
}

/** @param {unknown} value */
function isPoll(value) {
  if (!isRecord(value) || !isRichText(value.question) || !Array.isArray(value.answers)) return false;
  for (const answer of value.answers) if (!isRecord(answer) || !isRichText(answer.text)) return false;
  return true;
}

/** @param {unknown} value */
function isPoint(value) {
  return isRecord(value) && isFiniteNumber(value.latitude) && isFiniteNumber(value.longitude);
}

/** @param {unknown} value */
function isFiniteNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}
