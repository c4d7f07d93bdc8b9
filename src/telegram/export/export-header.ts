// The top-level fields that say what was exported, and the rule that only a single channel is accepted.
import { z } from "zod";
import { ExportFormatError } from "./export-format-error.js";

/** The chat types Telegram Desktop writes for channels (export_output_json.cpp, "private_channel" etc.). */
export const CHANNEL_TYPES: readonly string[] = Object.freeze(["public_channel", "private_channel"]);

/** Top-level keys that are read whole; every other key except the messages array is skipped unread. */
export const HEADER_KEYS: readonly string[] = Object.freeze(["name", "type", "id"]);

/** Keys only a full-account export ("Export Telegram data") has at its top level. */
export const FULL_ACCOUNT_KEYS: readonly string[] = Object.freeze([
  "personal_information",
  "chats",
  "left_chats",
]);

export const headerSchema = z.object({
  name: z.string(),
  type: z.string(),
  // The bare channel id: a number in every known export; digits in a string are accepted as well.
  id: z.union([z.int().nonnegative(), z.string().regex(/^\d+$/)]),
});

export type ExportHeader = z.infer<typeof headerSchema>;

/**
 * Checks the fields read before the messages array and refuses anything but a channel (first, so that a
 * personal chat is named as such even if some field is missing).
 * @param fields the captured top-level values
 * @param position where the messages array starts
 */
export function validateHeader(
  fields: Record<string, unknown>,
  fileLabel: string,
  position: number,
): ExportHeader {
  const type = fields.type;
  if (typeof type === "string" && !CHANNEL_TYPES.includes(type)) {
    throw new ExportFormatError(
      `${fileLabel} is an export of a chat of type "${type}"; only channel exports (${CHANNEL_TYPES.join(", ")}) ` +
        "are supported: personal chats and groups are not news channels.",
      { exportCode: "EXPORT_UNSUPPORTED_CHAT" },
    );
  }
  const missing = HEADER_KEYS.filter((key) => !(key in fields));
  if (missing.length > 0) {
    throw new ExportFormatError(
      `${fileLabel}: the "messages" array at byte ${position} comes before the top-level ${missing.join(", ")}. ` +
        "Telegram Desktop writes name, type and id first, and this reader needs them before the messages " +
        "to stream the file: is it a Telegram Desktop chat export?",
      { position },
    );
  }
  const parsed = headerSchema.safeParse(fields);
  if (!parsed.success) {
    throw new ExportFormatError(
      `${fileLabel}: the export's name, type and id are not as Telegram Desktop writes them: ${z.prettifyError(parsed.error)}`,
      { position },
    );
  }
  return parsed.data;
}

export function fullAccountError(fileLabel: string, position: number): ExportFormatError {
  return new ExportFormatError(
    `${fileLabel} is a full-account export (it lists all your chats). Export a single channel instead: ` +
      'open the channel in Telegram Desktop, choose "Export chat history" in its menu, and pick the JSON format.',
    { exportCode: "EXPORT_UNSUPPORTED_CHAT", position },
  );
}
