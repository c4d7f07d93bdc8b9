import { describe, expect, it } from "vitest";
import {
  BOT_DOWNLOAD_LIMIT_BYTES,
  chatIdString,
  forwardOriginName,
  largestPhoto,
  messageToSourceMessage,
} from "../../../src/telegram/bot/map-message.js";
import { parseUpdate } from "../../../src/telegram/bot/parse-update.js";
import type { BotMessage } from "../../../src/telegram/bot/schemas.js";
import { albumFirstItem, albumSecondItem, CHANNEL, channelPost, editedPost, textPost } from "./updates.js";

function messageOf(update: unknown): BotMessage {
  const result = parseUpdate(update);
  if (!result.ok) throw new Error(result.error);
  if (!result.message) throw new Error("no message");
  return result.message;
}

function map(update: unknown) {
  const message = messageOf(update);
  return messageToSourceMessage(message, JSON.stringify(message));
}

describe("messageToSourceMessage", () => {
  it("a text post: text, UTF-16 entities as given, signature; unknown entity types dropped", () => {
    const source = map(textPost);
    expect(source.source).toBe("bot");
    expect(JSON.parse(source.raw)).toEqual(textPost.channel_post);
    expect(source.post).toEqual({
      messageId: 120,
      date: 1760000000,
      text: textPost.channel_post.text,
      entities: [
        { type: "bold", offset: 3, length: 20 },
        { type: "italic", offset: 8, length: 15 },
        { type: "url", offset: 33, length: 19 },
        { type: "text_link", offset: 57, length: 4, url: "https://example.org/more" },
        { type: "pre", offset: 62, length: 8, language: "python" },
        { type: "custom_emoji", offset: 0, length: 2 },
      ],
      media: [],
      authorSignature: "Ana Desk",
    });
    const { text } = source.post;
    expect(text.slice(3, 23)).toBe("Fire in the old town");
  });

  it("an album item: caption and its entities, the largest photo, the group id", () => {
    expect(map(albumFirstItem).post).toEqual({
      messageId: 121,
      date: 1760000100,
      text: "Flooded street, Monday",
      entities: [{ type: "bold", offset: 0, length: 7 }],
      media: [
        {
          kind: "photo",
          source: { type: "bot", fileId: "AgAD-large", fileUniqueId: "AQAD-large" },
          width: 1280,
          height: 960,
          size: 118_000,
        },
      ],
      mediaGroupId: "13579246801357924",
    });
  });

  it("a file over the bot's 20 MB download limit has no source to fetch", () => {
    const post = map(albumSecondItem).post;
    expect(post.text).toBe("");
    expect(post.media).toEqual([
      {
        kind: "video",
        source: { type: "missing", reason: "larger than the Bot API's 20 MB download limit" },
        mimeType: "video/mp4",
        fileName: "street.mp4",
        width: 1920,
        height: 1080,
        durationSeconds: 31,
        size: 21 * 1024 * 1024,
      },
    ]);
  });

  it("exactly 20 MB is still downloadable", () => {
    const doc = {
      file_id: "BQAD",
      file_unique_id: "AgAD",
      file_name: "report.pdf",
      file_size: BOT_DOWNLOAD_LIMIT_BYTES,
    };
    expect(map(channelPost(30, { document: doc })).post.media[0]?.source).toEqual({
      type: "bot",
      fileId: "BQAD",
      fileUniqueId: "AgAD",
    });
  });

  it("an edit carries its edit date", () => {
    expect(map(editedPost).post).toMatchObject({
      messageId: 120,
      editDate: 1760000500,
      text: "Fire in the old town (updated)",
    });
  });

  it("an animation is not also reported as the document Telegram adds for compatibility", () => {
    const file = {
      file_id: "CgAD",
      file_unique_id: "AgAD-gif",
      file_name: "loop.mp4",
      mime_type: "video/mp4",
      file_size: 50_000,
    };
    const post = map(
      channelPost(31, { animation: { ...file, width: 480, height: 270, duration: 3 }, document: file }),
    ).post;
    expect(post.media).toEqual([
      {
        kind: "animation",
        source: { type: "bot", fileId: "CgAD", fileUniqueId: "AgAD-gif" },
        mimeType: "video/mp4",
        fileName: "loop.mp4",
        width: 480,
        height: 270,
        durationSeconds: 3,
        size: 50_000,
      },
    ]);
  });

  it("documents, audio, voice, round videos and stickers", () => {
    const ids = { file_id: "F", file_unique_id: "U" };
    const bot = { type: "bot", fileId: "F", fileUniqueId: "U" };
    const cases: [Record<string, unknown>, unknown][] = [
      [
        { document: { ...ids, file_name: "budget.pdf", mime_type: "application/pdf", file_size: 1000 } },
        { kind: "document", source: bot, mimeType: "application/pdf", fileName: "budget.pdf", size: 1000 },
      ],
      [
        {
          audio: {
            ...ids,
            duration: 200,
            performer: "Band",
            title: "Song",
            mime_type: "audio/mpeg",
            file_name: "song.mp3",
          },
        },
        { kind: "audio", source: bot, mimeType: "audio/mpeg", fileName: "song.mp3", durationSeconds: 200 },
      ],
      [
        { voice: { ...ids, duration: 12, mime_type: "audio/ogg" } },
        { kind: "voice", source: bot, mimeType: "audio/ogg", durationSeconds: 12 },
      ],
      [
        { video_note: { ...ids, length: 384, duration: 9 } },
        { kind: "video_note", source: bot, width: 384, height: 384, durationSeconds: 9 },
      ],
      [
        {
          sticker: {
            ...ids,
            type: "regular",
            width: 512,
            height: 512,
            is_animated: true,
            is_video: false,
            emoji: "😀",
          },
        },
        { kind: "sticker", source: bot, mimeType: "application/x-tgsticker", width: 512, height: 512 },
      ],
      [
        { sticker: { ...ids, type: "regular", width: 512, height: 300, is_animated: false, is_video: true } },
        { kind: "sticker", source: bot, mimeType: "video/webm", width: 512, height: 300 },
      ],
      [
        {
          sticker: { ...ids, type: "regular", width: 512, height: 512, is_animated: false, is_video: false },
        },
        { kind: "sticker", source: bot, mimeType: "image/webp", width: 512, height: 512 },
      ],
    ];
    cases.forEach(([fields, expected], i) => {
      expect(map(channelPost(40 + i, fields)).post.media).toEqual([expected]);
    });
  });

  it("polls, locations, and venues (which also carry a location)", () => {
    const poll = {
      id: "5001",
      question: "Which route?",
      options: [
        { text: "North", voter_count: 3 },
        { text: "South", voter_count: 1 },
      ],
      total_voter_count: 4,
      is_closed: false,
      is_anonymous: true,
      type: "regular",
      allows_multiple_answers: false,
    };
    expect(map(channelPost(50, { poll })).post.poll).toEqual({
      question: "Which route?",
      options: ["North", "South"],
    });
    const location = { latitude: 48.8566, longitude: 2.3522 };
    expect(map(channelPost(51, { location })).post.location).toEqual(location);
    const venue = { location, title: "City Hall", address: "Place de l'Hôtel de Ville" };
    expect(map(channelPost(52, { location, venue })).post.location).toEqual({
      ...location,
      title: "City Hall",
      address: "Place de l'Hôtel de Ville",
    });
  });

  it("forwards and replies", () => {
    const post = map(
      channelPost(60, {
        text: "Read this",
        forward_origin: {
          type: "channel",
          date: 1759990000,
          chat: { id: -1009876543210, type: "channel", title: "Wire Service", username: "wire" },
          message_id: 77,
          author_signature: "Bob",
        },
        reply_to_message: { message_id: 59, chat: CHANNEL, date: 1759999999, text: "Earlier" },
      }),
    ).post;
    expect(post).toMatchObject({ forwardedFrom: "Wire Service", replyToMessageId: 59 });
  });
});

describe("forwardOriginName", () => {
  it("picks a display name for each kind of origin", () => {
    expect(
      forwardOriginName({
        type: "user",
        date: 1,
        sender_user: { id: 1, is_bot: false, first_name: "Ana", last_name: "Lima" },
      }),
    ).toBe("Ana Lima");
    expect(forwardOriginName({ type: "hidden_user", date: 1, sender_user_name: "Someone" })).toBe("Someone");
    expect(
      forwardOriginName({
        type: "chat",
        date: 1,
        sender_chat: { id: -100, type: "supergroup", title: "Readers" },
      }),
    ).toBe("Readers");
    expect(
      forwardOriginName({
        type: "channel",
        date: 1,
        message_id: 3,
        chat: { id: -1001, type: "channel", username: "wire" },
      }),
    ).toBe("@wire");
  });
});

describe("largestPhoto", () => {
  it("by area, then by file size", () => {
    const a = { file_id: "a", file_unique_id: "a", width: 800, height: 600, file_size: 10 };
    const b = { file_id: "b", file_unique_id: "b", width: 600, height: 800, file_size: 20 };
    const c = { file_id: "c", file_unique_id: "c", width: 320, height: 240, file_size: 99 };
    expect(largestPhoto([c, a, b])?.file_id).toBe("b");
    expect(largestPhoto([c])?.file_id).toBe("c");
    expect(largestPhoto([])).toBeUndefined();
  });
});

describe("chatIdString", () => {
  it("keeps the full -100… channel id", () => {
    expect(chatIdString(CHANNEL)).toBe("-1001405579475");
  });
});
