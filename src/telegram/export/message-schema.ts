// The shape of one element of result.json's `messages`, as Telegram Desktop writes it
// (export_output_json.cpp, SerializeMessage). Only the fields Dateline reads are checked; the rest pass
// through untouched (reactions, buttons, …). message-guard.ts checks the same shape without zod's copies and
// runs first; this schema decides, and words the error, for every message the guard refuses. Change both
// together: message-guard.test.ts compares them.
import { z } from "zod";

const unixSecondsText = z.string().regex(/^\d{1,12}$/, "expected Unix seconds as a string of digits");
const count = z.int().nonnegative();

/** A formatted run: `{type, text}` plus `href` (text_link), `language` (pre), `collapsed` (blockquote). */
export const textPartSchema = z.looseObject({
  type: z.string(),
  text: z.string(),
  href: z.string().optional(),
  language: z.string().optional(),
  collapsed: z.boolean().optional(),
});

/** `text`: one plain string, or runs mixing strings and formatted parts. */
export const richTextSchema = z.union([z.string(), z.array(z.union([z.string(), textPartSchema]))]);

/** Every element has an integer id and a type; only `type: "message"` is read further. */
export const messageEnvelopeSchema = z.looseObject({ id: z.int(), type: z.string() });

export const exportMessageSchema = z.looseObject({
  id: z.int(),
  type: z.literal("message"),
  date: z.string(),
  date_unixtime: unixSecondsText.optional(),
  edited: z.string().optional(),
  edited_unixtime: unixSecondsText.optional(),
  author: z.string().optional(),
  // null when the original sender's name is hidden or deleted
  forwarded_from: z.string().nullish(),
  reply_to_message_id: z.int().optional(),
  text: richTextSchema.optional(),
  text_entities: z.array(textPartSchema).optional(),
  // a path relative to the export folder, or a "(File not included. …)" sentence
  photo: z.string().optional(),
  photo_file_size: count.optional(),
  file: z.string().optional(),
  file_name: z.string().optional(),
  file_size: count.optional(),
  media_type: z.string().optional(),
  mime_type: z.string().optional(),
  duration_seconds: z.number().nonnegative().optional(),
  width: count.optional(),
  height: count.optional(),
  poll: z
    .looseObject({
      question: richTextSchema,
      answers: z.array(z.looseObject({ text: richTextSchema })),
    })
    .optional(),
  // null for a geo point Telegram marks invalid
  location_information: z.looseObject({ latitude: z.number(), longitude: z.number() }).nullish(),
  place_name: z.string().optional(),
  address: z.string().optional(),
});

export type ExportMessage = z.infer<typeof exportMessageSchema>;
export type ExportTextPart = z.infer<typeof textPartSchema>;
export type ExportRichText = z.infer<typeof richTextSchema>;
