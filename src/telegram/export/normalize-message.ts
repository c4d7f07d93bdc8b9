// One parsed element of result.json's `messages` → TelegramPost. Pure apart from the zone resolver's cache;
// runs in the scanning worker.
import type { z } from "zod";
import type { TelegramPost } from "../post.js";
import { ExportFormatError } from "./export-format-error.js";
import { mediaOf } from "./export-media.js";
import { flattenText, plainText } from "./export-text.js";
import { isExportMessage } from "./message-guard.js";
import { type ExportMessage, exportMessageSchema, messageEnvelopeSchema } from "./message-schema.js";
import type { WallClockResolver } from "./zoned-time.js";

export interface NormalizeContext {
  fileLabel: string;
  /** Resolves `date` in the zone the user gave; undefined when none was given. */
  wallClock: WallClockResolver | undefined;
}

/** Where a message sits in the file, for error messages. */
export interface MessageLocation {
  /** Byte offset of its "{". */
  position: number;
  /** 1-based index in `messages`. */
  ordinal: number;
}

/**
 * @param value the parsed element
 * @returns null for what is not a post: service messages (channel created, pinned…) and "unsupported"
 *   ones, which Telegram Desktop could not export
 */
export function normalizeMessage(
  value: unknown,
  at: MessageLocation,
  context: NormalizeContext,
): TelegramPost | null {
  if (!isMessageType(value)) {
    const envelope = messageEnvelopeSchema.safeParse(value);
    if (!envelope.success) throw shapeError(envelope.error, value, at, context.fileLabel);
    return null;
  }
  return toPost(checkedMessage(value, at, context.fileLabel), at, context);
}

/** The fast guard for the usual message, the schema (and its error) for the rest. */
function checkedMessage(value: unknown, at: MessageLocation, fileLabel: string): ExportMessage {
  if (isExportMessage(value)) return value;
  const parsed = exportMessageSchema.safeParse(value);
  if (!parsed.success) throw shapeError(parsed.error, value, at, fileLabel);
  return parsed.data;
}

function toPost(message: ExportMessage, at: MessageLocation, context: NormalizeContext): TelegramPost {
  const { text, entities } = flattenText(message.text_entities ?? message.text);
  const post: TelegramPost = {
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

/** `*_unixtime` when present (exports since about 2021); else the zone-less local `date` in the user's zone. */
function unixSeconds(
  unixText: string | undefined,
  localText: string,
  field: string,
  at: MessageLocation,
  context: NormalizeContext,
): number {
  if (unixText !== undefined) return Number(unixText);
  const where = `message ${at.ordinal} (byte ${at.position})`;
  if (context.wallClock === undefined) {
    throw new ExportFormatError(
      `${context.fileLabel}: ${where} has no ${field}_unixtime: this export was made by a Telegram Desktop ` +
        "older than 2021, which wrote dates in the exporting computer's local time without saying which zone. " +
        "Pass that zone with --timezone, as an IANA name such as Europe/Moscow or Asia/Baghdad.",
      { exportCode: "EXPORT_TIMEZONE_REQUIRED", position: at.position },
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

function isMessageType(value: unknown): boolean {
  return typeof value === "object" && value !== null && "type" in value && value.type === "message";
}

function shapeError(
  error: z.ZodError,
  value: unknown,
  at: MessageLocation,
  fileLabel: string,
): ExportFormatError {
  const id =
    typeof value === "object" && value !== null && "id" in value ? ` (id ${JSON.stringify(value.id)})` : "";
  const issue = error.issues[0];
  const detail = issue ? `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}` : "";
  return new ExportFormatError(
    `${fileLabel}: message ${at.ordinal}${id} at byte ${at.position} is not shaped like a Telegram export message: ${detail}`,
    { position: at.position, cause: error },
  );
}

/**
 * The post of one message's raw JSON as an export has it (a stored message, read back): dated by its Unix
 * times, as no zone is known here. Null when the JSON is not a post.
 */
export function postOfRawMessage(rawJson: string, label: string): TelegramPost | null {
  return normalizeMessage(
    JSON.parse(rawJson),
    { position: 0, ordinal: 0 },
    { fileLabel: label, wallClock: undefined },
  );
}
