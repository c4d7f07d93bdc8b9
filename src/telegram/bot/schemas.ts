// zod schemas for the parts of the Bot API's Update and Message that Dateline reads
// (https://core.telegram.org/bots/api#update, #message and the types they link to). Objects are loose:
// fields we do not use pass through untouched (Telegram adds fields in every API version), while the
// fields we do use are typed strictly. The TypeScript types are inferred from these schemas.
import { z } from "zod";

/** Telegram ids fit in 52 bits ("at most 52 significant bits", Bot API #chat): safe JavaScript integers. */
const id = z.number().int();
const unixSeconds = z.number().int().nonnegative();
const fileSize = z.number().int().nonnegative();

/** https://core.telegram.org/bots/api#chat */
export const chatSchema = z.looseObject({
  id,
  type: z.enum(["private", "group", "supergroup", "channel"]),
  title: z.string().optional(),
  username: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
});

/** https://core.telegram.org/bots/api#user */
export const userSchema = z.looseObject({
  id,
  is_bot: z.boolean(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
});

/**
 * https://core.telegram.org/bots/api#messageentity. `type` stays a string: new entity types appear in new API
 * versions and must not make a whole post unreadable; the mapper keeps the ones Dateline knows.
 */
export const messageEntitySchema = z.looseObject({
  type: z.string(),
  offset: z.number().int().nonnegative(),
  length: z.number().int().positive(),
  url: z.string().optional(),
  language: z.string().optional(),
  custom_emoji_id: z.string().optional(),
});

const fileFields = {
  file_id: z.string().min(1),
  file_unique_id: z.string().min(1),
  file_size: fileSize.optional(),
};

/** https://core.telegram.org/bots/api#photosize */
export const photoSizeSchema = z.looseObject({
  ...fileFields,
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
});

/** https://core.telegram.org/bots/api#video and #animation share these fields. */
const videoLike = {
  ...fileFields,
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  duration: z.number().int().nonnegative(),
  thumbnail: photoSizeSchema.optional(),
  file_name: z.string().optional(),
  mime_type: z.string().optional(),
};

export const videoSchema = z.looseObject(videoLike);
export const animationSchema = z.looseObject(videoLike);

/** https://core.telegram.org/bots/api#document */
export const documentSchema = z.looseObject({
  ...fileFields,
  thumbnail: photoSizeSchema.optional(),
  file_name: z.string().optional(),
  mime_type: z.string().optional(),
});

/** https://core.telegram.org/bots/api#audio */
export const audioSchema = z.looseObject({
  ...fileFields,
  duration: z.number().int().nonnegative(),
  performer: z.string().optional(),
  title: z.string().optional(),
  file_name: z.string().optional(),
  mime_type: z.string().optional(),
});

/** https://core.telegram.org/bots/api#voice */
export const voiceSchema = z.looseObject({
  ...fileFields,
  duration: z.number().int().nonnegative(),
  mime_type: z.string().optional(),
});

/** https://core.telegram.org/bots/api#videonote: square, `length` is both width and height. */
export const videoNoteSchema = z.looseObject({
  ...fileFields,
  length: z.number().int().nonnegative(),
  duration: z.number().int().nonnegative(),
});

/** https://core.telegram.org/bots/api#sticker */
export const stickerSchema = z.looseObject({
  ...fileFields,
  type: z.string(),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  is_animated: z.boolean(),
  is_video: z.boolean(),
  emoji: z.string().optional(),
  set_name: z.string().optional(),
});

/** https://core.telegram.org/bots/api#poll and #polloption */
export const pollSchema = z.looseObject({
  id: z.string(),
  question: z.string(),
  options: z.array(z.looseObject({ text: z.string(), voter_count: z.number().int().nonnegative() })),
});

/** https://core.telegram.org/bots/api#location */
export const locationSchema = z.looseObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

/** https://core.telegram.org/bots/api#venue */
export const venueSchema = z.looseObject({
  location: locationSchema,
  title: z.string(),
  address: z.string(),
});

/** https://core.telegram.org/bots/api#messageorigin: the four kinds of forward origin. */
export const messageOriginSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("user"), date: unixSeconds, sender_user: userSchema }),
  z.looseObject({ type: z.literal("hidden_user"), date: unixSeconds, sender_user_name: z.string() }),
  z.looseObject({
    type: z.literal("chat"),
    date: unixSeconds,
    sender_chat: chatSchema,
    author_signature: z.string().optional(),
  }),
  z.looseObject({
    type: z.literal("channel"),
    date: unixSeconds,
    chat: chatSchema,
    message_id: id,
    author_signature: z.string().optional(),
  }),
]);

/** https://core.telegram.org/bots/api#message, the fields a channel post can carry that Dateline uses. */
export const messageSchema = z.looseObject({
  message_id: z.number().int().positive(),
  date: unixSeconds,
  chat: chatSchema,
  sender_chat: chatSchema.optional(),
  edit_date: unixSeconds.optional(),
  author_signature: z.string().optional(),
  media_group_id: z.string().optional(),
  forward_origin: messageOriginSchema.optional(),
  /** Only its id is used; the full message is not validated. */
  reply_to_message: z.looseObject({ message_id: z.number().int().positive() }).optional(),
  text: z.string().optional(),
  entities: z.array(messageEntitySchema).optional(),
  caption: z.string().optional(),
  caption_entities: z.array(messageEntitySchema).optional(),
  photo: z.array(photoSizeSchema).optional(),
  video: videoSchema.optional(),
  animation: animationSchema.optional(),
  document: documentSchema.optional(),
  audio: audioSchema.optional(),
  voice: voiceSchema.optional(),
  video_note: videoNoteSchema.optional(),
  sticker: stickerSchema.optional(),
  poll: pollSchema.optional(),
  location: locationSchema.optional(),
  venue: venueSchema.optional(),
});

/**
 * https://core.telegram.org/bots/api#update. Only the two kinds Dateline asks for (allowed_updates
 * ["channel_post", "edited_channel_post"]) are validated; any other kind passes as unknown.
 */
export const updateSchema = z.looseObject({
  update_id: z.number().int().nonnegative(),
  channel_post: messageSchema.optional(),
  edited_channel_post: messageSchema.optional(),
});

export type BotChat = z.infer<typeof chatSchema>;
export type BotUser = z.infer<typeof userSchema>;
export type BotMessageEntity = z.infer<typeof messageEntitySchema>;
export type BotPhotoSize = z.infer<typeof photoSizeSchema>;
export type BotMessageOrigin = z.infer<typeof messageOriginSchema>;
export type BotMessage = z.infer<typeof messageSchema>;
export type BotUpdate = z.infer<typeof updateSchema>;
