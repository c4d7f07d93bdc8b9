// Bot API Message → Dateline's normalized post. Pure: no I/O; file ids are kept for a later getFile.
import type { EntityType, MediaRef, MediaSource, SourceMessage, TelegramPost, TextEntity } from "../post.js";
import type {
  BotChat,
  BotMessage,
  BotMessageEntity,
  BotMessageOrigin,
  BotPhotoSize,
  BotUser,
} from "./schemas.js";

/** "bots can download files of up to 20MB in size" (https://core.telegram.org/bots/api#getfile). */
export const BOT_DOWNLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
export const OVER_BOT_LIMIT_REASON = "larger than the Bot API's 20 MB download limit";

/** Sticker formats (https://core.telegram.org/bots/api#sticker, is_animated / is_video; stickers FAQ). */
const STICKER_MIME = {
  animated: "application/x-tgsticker",
  video: "video/webm",
  static: "image/webp",
} as const;

const KNOWN_ENTITY_TYPES: ReadonlySet<string> = new Set<EntityType>([
  "bold",
  "italic",
  "underline",
  "strikethrough",
  "spoiler",
  "code",
  "pre",
  "text_link",
  "url",
  "mention",
  "text_mention",
  "hashtag",
  "cashtag",
  "email",
  "phone_number",
  "bot_command",
  "blockquote",
  "expandable_blockquote",
  "custom_emoji",
]);

/**
 * `rawJson` is the source's own text of the message (`JSON.stringify` of the message object as received),
 * kept verbatim for re-processing.
 */
export function messageToSourceMessage(msg: BotMessage, rawJson: string): SourceMessage {
  // A media post's text is its caption (https://core.telegram.org/bots/api#message, caption / caption_entities).
  const hasText = msg.text !== undefined;
  const post: TelegramPost = {
    messageId: msg.message_id,
    date: msg.date,
    text: (hasText ? msg.text : msg.caption) ?? "",
    entities: mapEntities((hasText ? msg.entities : msg.caption_entities) ?? []),
    media: mediaOf(msg),
  };
  if (msg.edit_date !== undefined) post.editDate = msg.edit_date;
  if (msg.media_group_id !== undefined) post.mediaGroupId = msg.media_group_id;
  if (msg.author_signature !== undefined) post.authorSignature = msg.author_signature;
  if (msg.forward_origin) post.forwardedFrom = forwardOriginName(msg.forward_origin);
  if (msg.reply_to_message) post.replyToMessageId = msg.reply_to_message.message_id;
  if (msg.poll) post.poll = { question: msg.poll.question, options: msg.poll.options.map((o) => o.text) };
  // A venue message also carries `location` "for backward compatibility" (Bot API #message): prefer the venue.
  if (msg.venue) {
    const { latitude, longitude } = msg.venue.location;
    post.location = { latitude, longitude, title: msg.venue.title, address: msg.venue.address };
  } else if (msg.location) {
    post.location = { latitude: msg.location.latitude, longitude: msg.location.longitude };
  }
  return { source: "bot", raw: rawJson, post };
}

/** The chat id as a string: the key Dateline stores (channel ids look like -100…, 52 bits at most). */
export function chatIdString(chat: Pick<BotChat, "id">): string {
  return String(chat.id);
}

/** The biggest of the sizes Telegram sends for a photo: by pixel area, then by file size. */
export function largestPhoto(sizes: readonly BotPhotoSize[]): BotPhotoSize | undefined {
  let best: BotPhotoSize | undefined;
  for (const size of sizes) {
    if (!best) {
      best = size;
      continue;
    }
    const area = size.width * size.height;
    const bestArea = best.width * best.height;
    if (area > bestArea || (area === bestArea && (size.file_size ?? 0) > (best.file_size ?? 0))) best = size;
  }
  return best;
}

/** A display name for where a forwarded post came from (https://core.telegram.org/bots/api#messageorigin). */
export function forwardOriginName(origin: BotMessageOrigin): string {
  switch (origin.type) {
    case "user":
      return userName(origin.sender_user);
    case "hidden_user":
      return origin.sender_user_name;
    case "chat":
      return chatName(origin.sender_chat);
    case "channel":
      return chatName(origin.chat);
  }
}

function userName(user: BotUser): string {
  return [user.first_name, user.last_name].filter(Boolean).join(" ");
}

function chatName(chat: BotChat): string {
  if (chat.title) return chat.title;
  if (chat.username) return `@${chat.username}`;
  return [chat.first_name, chat.last_name].filter(Boolean).join(" ") || chatIdString(chat);
}

/** Entities are already in UTF-16 units; only types Dateline knows are kept. */
function mapEntities(entities: readonly BotMessageEntity[]): TextEntity[] {
  const out: TextEntity[] = [];
  for (const e of entities) {
    if (!KNOWN_ENTITY_TYPES.has(e.type)) continue;
    const entity: TextEntity = { type: e.type as EntityType, offset: e.offset, length: e.length };
    if (e.type === "text_link" && e.url !== undefined) entity.url = e.url;
    if (e.type === "pre" && e.language !== undefined) entity.language = e.language;
    out.push(entity);
  }
  return out;
}

interface BotFile {
  file_id: string;
  file_unique_id: string;
  file_size?: number | undefined;
}

/** Where the bytes are: a getFile-able file id, or nothing when the file is over the bot download limit. */
function sourceOf(file: BotFile): MediaSource {
  if (file.file_size !== undefined && file.file_size > BOT_DOWNLOAD_LIMIT_BYTES) {
    return { type: "missing", reason: OVER_BOT_LIMIT_REASON };
  }
  return { type: "bot", fileId: file.file_id, fileUniqueId: file.file_unique_id };
}

type MediaDetails = Omit<MediaRef, "kind" | "source" | "size">;

/** Optional details the message lacks are left out rather than set to undefined. */
function fileRef(kind: MediaRef["kind"], file: BotFile, details: MediaDetails): MediaRef {
  const ref: MediaRef = { kind, source: sourceOf(file) };
  if (details.mimeType !== undefined) ref.mimeType = details.mimeType;
  if (details.fileName !== undefined) ref.fileName = details.fileName;
  if (details.width !== undefined) ref.width = details.width;
  if (details.height !== undefined) ref.height = details.height;
  if (details.durationSeconds !== undefined) ref.durationSeconds = details.durationSeconds;
  if (file.file_size !== undefined) ref.size = file.file_size;
  return ref;
}

/** A message carries at most one kind of media; an album's items each arrive as their own message. */
function mediaOf(msg: BotMessage): MediaRef[] {
  const photo = msg.photo ? largestPhoto(msg.photo) : undefined;
  if (photo) return [fileRef("photo", photo, { width: photo.width, height: photo.height })];
  const video = msg.video;
  if (video) {
    return [
      fileRef("video", video, {
        width: video.width,
        height: video.height,
        durationSeconds: video.duration,
        mimeType: video.mime_type,
        fileName: video.file_name,
      }),
    ];
  }
  // "For backward compatibility, when [animation] is set, the document field will also be set" (#message).
  const animation = msg.animation;
  if (animation) {
    return [
      fileRef("animation", animation, {
        width: animation.width,
        height: animation.height,
        durationSeconds: animation.duration,
        mimeType: animation.mime_type,
        fileName: animation.file_name,
      }),
    ];
  }
  const { document, audio, voice, video_note: note, sticker } = msg;
  if (document)
    return [fileRef("document", document, { mimeType: document.mime_type, fileName: document.file_name })];
  if (audio) {
    return [
      fileRef("audio", audio, {
        durationSeconds: audio.duration,
        mimeType: audio.mime_type,
        fileName: audio.file_name,
      }),
    ];
  }
  if (voice) return [fileRef("voice", voice, { durationSeconds: voice.duration, mimeType: voice.mime_type })];
  if (note) {
    return [
      fileRef("video_note", note, {
        width: note.length,
        height: note.length,
        durationSeconds: note.duration,
      }),
    ];
  }
  if (sticker) {
    const mimeType = sticker.is_animated
      ? STICKER_MIME.animated
      : sticker.is_video
        ? STICKER_MIME.video
        : STICKER_MIME.static;
    return [fileRef("sticker", sticker, { width: sticker.width, height: sticker.height, mimeType })];
  }
  return [];
}
