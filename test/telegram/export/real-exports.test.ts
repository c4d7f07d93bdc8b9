// Real Desktop exports collected in ../shared/fixtures/exports (see its MANIFEST.md). Skipped when
// ../shared is not beside the project.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ExportFormatError } from "../../../src/telegram/export/index.js";
import { normalizeMessage } from "../../../src/telegram/export/normalize-message.js";
import type { TelegramPost } from "../../../src/telegram/post.js";
import { sharedDir, sharedPath } from "../../helpers/shared.js";
import { postOf, readAll, readError } from "./sample-export.js";

const fixture = (name: string) => sharedPath("fixtures", "exports", name);
const utc = (iso: string) => Date.parse(`${iso}Z`) / 1000;

describe.skipIf(!sharedDir)("real exports", () => {
  describe("2020 private channel in the old schema (tg2md)", () => {
    const file = () => fixture("tg2md-old-schema-result.json");

    it("needs the exporting computer's time zone, and says how to give it", async () => {
      const error = await readError(file());
      expect(error).toBeInstanceOf(ExportFormatError);
      expect(error).toMatchObject({ exportCode: "EXPORT_TIMEZONE_REQUIRED" });
      expect(String(error)).toMatch(/message 2 .*has no date_unixtime.*--timezone/);
    });

    it("imports its posts with their text, formatting and dates", async () => {
      const result = await readAll(file(), { timezone: "Asia/Baghdad" });
      expect(result.header).toEqual({ name: "test", type: "private_channel", id: 1292077344 });
      expect(result.skipped).toBe(1); // create_channel
      expect(result.messages.map((message) => message.post.messageId)).toEqual([
        2, 3, 4, 5, 7, 8, 9, 10, 11, 13, 14, 15, 21, 22, 23, 24, 25, 26,
      ]);
      expect(postOf(result, 2)).toEqual({
        messageId: 2,
        date: utc("2020-11-12T09:54:07"),
        text: "test text post",
        entities: [],
        media: [],
      });
      expect(postOf(result, 5)).toMatchObject({
        text: "italic\n\nbold\n\nunderline\n\nstrikethrough\n\nmonospace",
        entities: [
          { type: "italic", offset: 0, length: 8 },
          { type: "bold", offset: 8, length: 6 },
          { type: "underline", offset: 14, length: 11 },
          { type: "strikethrough", offset: 25, length: 15 },
          { type: "pre", offset: 40, length: 9 },
        ],
        editDate: utc("2020-11-12T10:03:00"),
      });
      expect(postOf(result, 14)).toMatchObject({
        text: "text link\n\nexample.com\n\nexample@example.com",
        entities: [
          { type: "text_link", offset: 0, length: 11, url: "http://example.com/" },
          { type: "url", offset: 11, length: 11 },
          { type: "email", offset: 24, length: 19 },
        ],
      });
      expect(postOf(result, 10).entities).toEqual([
        { type: "bold", offset: 0, length: 4 },
        { type: "bold", offset: 13, length: 12 },
        { type: "bold", offset: 38, length: 23 },
      ]);
      expect(postOf(result, 21).text).toBe("тестирование utf-8.");
    });

    it("maps its media and finds its one album", async () => {
      const result = await readAll(file(), { timezone: "Asia/Baghdad" });
      expect(postOf(result, 4).media).toEqual([
        {
          kind: "photo",
          source: { type: "export", path: "photos/photo_1@12-11-2020_12-57-31.jpg" },
          width: 801,
          height: 526,
        },
      ]);
      expect(postOf(result, 7).media).toEqual([
        {
          kind: "voice",
          source: { type: "export", path: "voice_messages/audio_1@12-11-2020_13-01-05.ogg" },
          mimeType: "audio/ogg",
          durationSeconds: 2,
        },
      ]);
      expect(postOf(result, 8).media[0]).toMatchObject({ kind: "audio", mimeType: "audio/x-vorbis+ogg" });
      expect(postOf(result, 22).media[0]).toMatchObject({
        kind: "document",
        mimeType: "image/svg+xml",
        width: 622,
      });
      const grouped = (post: TelegramPost) => post.mediaGroupId;
      expect([23, 24, 25].map((id) => grouped(postOf(result, id)))).toEqual(
        Array(3).fill("export:1292077344:23"),
      );
      // 3 and 4 are photos nine seconds apart: not an album
      expect([3, 4, 26].map((id) => grouped(postOf(result, id)))).toEqual([undefined, undefined, undefined]);
    });
  });

  describe("2021 channels (telegram-chat-parser)", () => {
    it("imports the public channel's posts, replies and polls", async () => {
      const result = await readAll(fixture("chat-parser-public_channel.json"), { timezone: "UTC" });
      expect(result.header).toEqual({ name: "test", type: "public_channel", id: 44444444444 });
      expect(result.skipped).toBe(2);
      expect(result.messages.map((message) => message.post.text)).toEqual([
        "test channel",
        "reply in test channel",
        "",
        "",
        "reply to quiz",
      ]);
      expect(postOf(result, 2).date).toBe(utc("2021-03-22T17:16:36"));
      expect(postOf(result, 3).replyToMessageId).toBe(2);
      expect(postOf(result, 6).poll).toEqual({
        question: "quiz poll",
        options: ["option 1", "option 2", "option 3"],
      });
    });

    it("imports the private channel in the zone given", async () => {
      const result = await readAll(fixture("chat-parser-private_channel.json"), {
        timezone: "Europe/Moscow",
      });
      expect(result.header).toEqual({ name: "test", type: "private_channel", id: 10036995664 });
      expect(postOf(result, 2).date).toBe(utc("2021-03-22T14:16:36"));
      expect(postOf(result, 5).poll).toEqual({
        question: "Poll question",
        options: ["option 1", "option 2"],
      });
      expect(postOf(result, 7)).toMatchObject({ text: "reply to quiz", replyToMessageId: 6 });
    });

    it("refuses the supergroup", async () => {
      const error = await readError(fixture("chat-parser-public_supergroup.json"), { timezone: "UTC" });
      expect(error).toMatchObject({ exportCode: "EXPORT_UNSUPPORTED_CHAT" });
      expect(String(error)).toContain('chat of type "public_supergroup"; only channel exports');
    });
  });

  describe("current schema, personal chat (Tkonverter)", () => {
    it("refuses the personal chat", async () => {
      const error = await readError(fixture("tkonverter-result.json"));
      expect(error).toMatchObject({ exportCode: "EXPORT_UNSUPPORTED_CHAT" });
      expect(String(error)).toMatch(
        /chat of type "personal_chat".*personal chats and groups are not news channels/,
      );
    });

    // The reader refuses the chat, but its messages cover the current schema broadly: normalize them one by
    // one, as they would be in a channel.
    it("normalizes every kind of message it holds", async () => {
      const { messages } = JSON.parse(await readFile(fixture("tkonverter-result.json"), "utf8")) as {
        messages: unknown[];
      };
      const posts = new Map<number, TelegramPost>();
      messages.forEach((message, index) => {
        const post = normalizeMessage(
          message,
          { position: 0, ordinal: index + 1 },
          { fileLabel: "result.json", wallClock: undefined },
        );
        if (post) posts.set(post.messageId, post);
      });
      const get = (id: number) => posts.get(id);
      expect(posts.size).toBe(25); // 87 messages: 61 service, 1 unsupported
      expect(get(1)).toMatchObject({
        date: 1769936400,
        // text_entities wins over text, which this hand-made file left inconsistent
        text: "Baseaj text with @alice and link",
        entities: [
          { type: "bold", offset: 0, length: 6 },
          { type: "mention", offset: 17, length: 6 },
          { type: "text_link", offset: 28, length: 4, url: "https://example.org" },
        ],
      });
      expect(get(2)).toMatchObject({
        editDate: 1769936580,
        forwardedFrom: "Channel News",
        replyToMessageId: 1,
      });
      expect(get(3)?.media).toEqual([
        {
          kind: "photo",
          source: { type: "export", path: "photos/p1.jpg" },
          width: 1280,
          height: 720,
          size: 550000,
        },
      ]);
      expect(get(4)?.media[0]).toMatchObject({
        kind: "sticker",
        fileName: "sticker.webp",
        size: 50000,
        mimeType: "image/webp",
      });
      expect(get(5)?.media[0]).toMatchObject({
        kind: "video_note",
        durationSeconds: 14,
        width: 480,
        height: 480,
      });
      expect(get(6)?.media[0]).toMatchObject({ kind: "voice", durationSeconds: 11 });
      expect(get(7)?.media[0]).toMatchObject({ kind: "animation", mimeType: "image/gif" });
      expect(get(8)?.media[0]).toMatchObject({
        kind: "video",
        durationSeconds: 95,
        width: 1280,
        height: 720,
        size: 7200000,
      });
      expect(get(9)?.media[0]).toMatchObject({ kind: "audio", durationSeconds: 210 });
      expect(get(11)?.location).toEqual({ latitude: 40.7128, longitude: -74.006 });
      expect(get(12)).not.toHaveProperty("location");
      expect(get(13)?.location).toEqual({
        latitude: 50.45,
        longitude: 30.523,
        title: "Coffee Bar",
        address: "Main Street 42",
      });
      expect(get(17)?.poll).toEqual({ question: "Best language?", options: ["C++", "Rust"] });
      expect(get(22)?.media).toEqual([
        {
          kind: "document",
          source: { type: "missing", reason: "File unavailable, please try again later" },
          mimeType: "application/octet-stream",
          fileName: "missing.bin",
          size: 500,
        },
      ]);
      expect(get(86)).toMatchObject({ date: 1798878600, text: "New year follow-up" });
    });
  });
});
