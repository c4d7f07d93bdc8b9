// The one normalized shape every Telegram source is turned into: Bot API updates, Desktop exports
// and the public t.me/s preview. Everything downstream (ingest, articles) knows only this type.

/** Entity types as named by the Bot API (https://core.telegram.org/bots/api#messageentity). */
export type EntityType =
  | "bold"
  | "italic"
  | "underline"
  | "strikethrough"
  | "spoiler"
  | "code"
  | "pre"
  | "text_link"
  | "url"
  | "mention"
  | "text_mention"
  | "hashtag"
  | "cashtag"
  | "email"
  | "phone_number"
  | "bot_command"
  | "blockquote"
  | "expandable_blockquote"
  | "custom_emoji";

/** A formatting span. `offset` and `length` count UTF-16 code units, exactly as the Bot API does. */
export interface TextEntity {
  type: EntityType;
  offset: number;
  length: number;
  /** text_link target */
  url?: string;
  /** pre: programming language */
  language?: string;
}

export type MediaKind =
  | "photo"
  | "video"
  | "animation"
  | "document"
  | "audio"
  | "voice"
  | "video_note"
  | "sticker";

/** Where the bytes of a media item can be fetched from. */
export type MediaSource =
  /** A file inside a Desktop export folder, as a path relative to the folder holding result.json. */
  | { type: "export"; path: string }
  /** A Bot API file, fetched with getFile. */
  | { type: "bot"; fileId: string; fileUniqueId: string }
  /** A URL on Telegram's CDN (public preview). Expires after about two days: fetch at once. */
  | { type: "url"; url: string }
  /** The source named the media but did not include its bytes (export without media, file over the bot limit). */
  | { type: "missing"; reason: string };

export interface MediaRef {
  kind: MediaKind;
  source: MediaSource;
  mimeType?: string;
  fileName?: string;
  width?: number;
  height?: number;
  durationSeconds?: number;
  /** bytes, when the source tells */
  size?: number;
}

export interface PollInfo {
  question: string;
  options: string[];
}

export interface LocationInfo {
  latitude: number;
  longitude: number;
  title?: string;
  address?: string;
}

/** One channel message, normalized. */
export interface TelegramPost {
  messageId: number;
  /** Unix seconds, UTC. */
  date: number;
  /** Unix seconds, UTC, when the source says the post was edited (the preview gives no time: use the time it was seen). */
  editDate?: number;
  /** The text, or a media post's caption. */
  text: string;
  entities: TextEntity[];
  media: MediaRef[];
  /** Album key: the Bot API's media_group_id; synthesized for exports (consecutive media messages with one date). */
  mediaGroupId?: string;
  authorSignature?: string;
  /** Display name of the original author or channel of a forwarded post. */
  forwardedFrom?: string;
  replyToMessageId?: number;
  poll?: PollInfo;
  location?: LocationInfo;
}

export type PostSource = "export" | "bot" | "preview";

/** A normalized post with the source's own representation kept verbatim, for re-processing. */
export interface SourceMessage {
  source: PostSource;
  /** The source's own text of this message: its JSON (export, Bot API) or its HTML block (preview). */
  raw: string;
  post: TelegramPost;
}
