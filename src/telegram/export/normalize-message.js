// One parsed element of result.json's `messages` → TelegramPost. Pure apart from the zone resolver's cache;
// runs in the scanning worker, hence JavaScript.

import { ExportFormatError } from "./export-format-error.js";
import { mediaOf } from "./export-media.js";
import { flattenText, plainText } from "./export-text.js";
import { isExportMessage } from "./message-guard.js";
import { exportMessageSchema, messageEnvelopeSchema } from "./message-schema.js";

/** @import { TelegramPost } from "../post.js" */
/** @import { ExportMessage } from "./message-schema.js" */
/** @import { z } from "zod" */

/**
 * @typedef {object} NormalizeContext
 * @property {string} fileLabel
 * @property {((isoLocal: string) => number | undefined) | undefined} wallClock resolves `date` in the zone
 *   the user gave; undefined when none was given
 */

/**
 * Where a message sits in the file, for error messages.
 * @typedef {object} MessageLocation
 * @property {number} position byte offset of its "{"
 * @property {number} ordinal 1-based index in `messages`
 */

/**
 * @param {unknown} value the parsed element
 * @param {MessageLocation} at
 * @param {NormalizeContext} context
 * @returns {TelegramPost | null} null for what is not a post: service messages (channel created, pinned…)
 *   and "unsupported" ones, which Telegram Desktop could not export
 */
export function normalizeMessage(value, at, context) {
  if (!isMessageType(value)) {
    const envelope = messageEnvelopeSchema.safeParse(value);
    if (!envelope.success) throw shapeError(envelope.error, value, at, context.fileLabel);
    return null;
  }
  return toPost(checkedMessage(value, at, context.fileLabel), at, context);
}

/**
 * The fast guard for the usual message, the schema (and its error) for the rest.
 * @param {unknown} value
 * @param {MessageLocation} at
 * @param {string} fileLabel
 * @returns {ExportMessage}
 */
function checkedMessage(value, at, fileLabel) {
  if (isExportMessage(value)) return value;
  const parsed = exportMessageSchema.safeParse(value);
  if (!parsed.success) throw shapeError(parsed.error, value, at, fileLabel);
  return parsed.data;
}

/**
 * @param {ExportMessage} message
 * @param {MessageLocation} at
 * @param {NormalizeContext} context
 * @returns {TelegramPost}
 */
function toPost(message, at, context) {
  const { text, entities } = flattenText(message.text_entities ?? message.text);
  /** @type {TelegramPost} */
  const post = {
    messageId: message.id,
    date: unixSeconds(message.date_unixtime, message.date, "date", at, context),
    text,
    entities,
    media: mediaOf(message),
  };
  if (message.edited_unixtime !== undefined || message.edited !== undefined) {
    post.editDate = unixSeconds(message.edited_unixtime, message.edited ?? "", "edited", at, context);
  }
  if (message.author !== undefined) post.authorSignature = message.author;
  if (typeof message.forwarded_from === "string") post.forwardedFrom = message.forwarded_from;
  if (message.reply_to_message_id !== undefined) post.replyToMessageId = message.reply_to_message_id;
  if (message.poll) {
    post.poll = {
      question: plainText(message.poll.question),
      options: message.poll.answers.map((answer) => plainText(answer.text)),
    };
  }
  const point = message.location_information;
  if (point) {
    post.location = { latitude: point.latitude, longitude: point.longitude };
    if (message.place_name !== undefined) post.location.title = message.place_name;
    if (message.address !== undefined) post.location.address = message.address;
  }
  return post;
}

/**
 * `*_unixtime` when present (exports since about 2021); else the zone-less local `date` in the user's zone.
 * @param {string | undefined} unixText
 * @param {string} localText
 * @param {string} field
 * @param {MessageLocation} at
 * @param {NormalizeContext} context
 */
function unixSeconds(unixText, localText, field, at, context) {
  if (unixText !== undefined) return Number(unixText);
  const where = `message ${at.ordinal} (byte ${at.position})`;
  if (context.wallClock === undefined) {
    throw new ExportFormatError(
      `${context.fileLabel}: ${where} has no ${field}_unixtime: this export was made by a Telegram Desktop ` +
        "older than 2021, which wrote dates in the exporting computer's local time without saying which zone. " +
        "Pass that zone with --timezone, as an IANA name such as Europe/Moscow or Asia/Baghdad.",
      { code: "EXPORT_TIMEZONE_REQUIRED", position: at.position },
    );
  }
  const seconds = context.wallClock(localText);
  if (seconds === undefined) {
    throw new ExportFormatError(
      `${context.fileLabel}: ${where} has ${field} "${localText}", not a time like 2020-11-12T12:53:52`,
      { position: at.position },
    );
  }
  return seconds;
}

/** @param {unknown} value */
function isMessageType(value) {
  return typeof value === "object" && value !== null && "type" in value && value.type === "message";
}

/**
 * @param {z.ZodError} error
 * @param {unknown} value
 * @param {MessageLocation} at
 * @param {string} fileLabel
 */
function shapeError(error, value, at, fileLabel) {
  const id =
    typeof value === "object" && value !== null && "id" in value ? ` (id ${JSON.stringify(value.id)})` : "";
  const issue = error.issues[0];
  const detail = issue ? `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}` : "";
  return new ExportFormatError(
    `${fileLabel}: message ${at.ordinal}${id} at byte ${at.position} is not shaped like a Telegram export message: ${detail}`,
    { position: at.position, cause: error },
  );
}
