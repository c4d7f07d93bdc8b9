import { describe, expect, it } from "vitest";
import { ExportFormatError } from "../../../src/telegram/export/index.js";
import {
  BASE_UNIXTIME,
  CHANNEL_ID,
  exportText,
  type JsonObject,
  post,
  postOf,
  readAll,
  readError,
  service,
  writeExport,
} from "./sample-export.js";

describe("readExport: header and refusals", () => {
  it("emits the header before the first batch", async () => {
    const file = await writeExport(exportText([post(1, { text: "Hello" })]));
    const { events } = await readAll(file);
    expect(events.map((event) => event.kind)).toEqual(["header", "batch"]);
    expect(events[0]).toEqual({
      kind: "header",
      header: { name: "Dateline Test Channel", type: "public_channel", id: CHANNEL_ID },
    });
  });

  it("reads a private channel, and an export with no messages", async () => {
    const result = await readAll(await writeExport(exportText([], { type: "private_channel" })));
    expect(result.header?.type).toBe("private_channel");
    expect(result.messages).toEqual([]);
  });

  it.each([
    ["personal_chat"],
    ["private_group"],
    ["private_supergroup"],
    ["public_supergroup"],
    ["bot_chat"],
    ["saved_messages"],
  ])("refuses a chat of type %s, saying which it is", async (type) => {
    const error = await readError(await writeExport(exportText([post(1)], { type })));
    expect(error).toBeInstanceOf(ExportFormatError);
    expect(error).toMatchObject({ exportCode: "EXPORT_UNSUPPORTED_CHAT" });
    expect(String(error)).toContain(`"${type}"`);
    expect(String(error)).toContain("only channel exports");
    expect(String(error)).toContain("not news channels");
  });

  it("refuses a full-account export, telling to export one channel", async () => {
    const account = JSON.stringify(
      {
        about: "Here is the data you requested.",
        personal_information: { user_id: 1, first_name: "Sample" },
        chats: {
          about: "All chats.",
          list: [{ name: "A channel", type: "public_channel", id: 5, messages: [] }],
        },
      },
      null,
      1,
    );
    const error = await readError(await writeExport(account));
    expect(error).toMatchObject({ exportCode: "EXPORT_UNSUPPORTED_CHAT" });
    expect(String(error)).toMatch(/full-account export.*Export a single channel/);
  });

  it("requires name, type and id before the messages", async () => {
    const text = '{\n "messages": [],\n "name": "Late", "type": "public_channel", "id": 5\n}\n';
    const error = await readError(await writeExport(text));
    expect(error).toMatchObject({ code: "EXPORT_MALFORMED", position: 3 });
    expect(String(error)).toMatch(/"messages" array at byte 3 comes before the top-level name, type, id/);
  });

  it("refuses a JSON file that is not an export", async () => {
    const error = await readError(await writeExport('{"name": "x", "type": "public_channel", "id": 1}'));
    expect(String(error)).toMatch(/no top-level "messages" array/);
  });

  it("skips unknown top-level values of any shape", async () => {
    const text = exportText([post(1, { text: "kept" })]).replace(
      '"name"',
      '"extra": {"nested": ["]", "}", {"deep": [1, 2.5e3, true, null]}]},\n "note": "with \\"quotes\\" and \\\\",\n "name"',
    );
    const result = await readAll(await writeExport(text));
    expect(result.messages.map((message) => message.post.text)).toEqual(["kept"]);
  });
});

describe("readExport: messages", () => {
  it("keeps each message's JSON text exactly as in the file", async () => {
    const text = exportText([post(1, { text: "Первый" }), post(2, { text: "الثاني" })]);
    const result = await readAll(await writeExport(text));
    const first = result.messages[0]?.raw ?? "";
    expect(text).toContain(first);
    expect(first.startsWith('{\n   "id": 1,')).toBe(true);
    expect(first.endsWith("}")).toBe(true);
    expect(JSON.parse(result.messages[1]?.raw ?? "")).toEqual(post(2, { text: "الثاني" }));
    expect(result.messages.every((message) => message.source === "export")).toBe(true);
  });

  it("skips service and unsupported messages, counting them", async () => {
    const messages = [
      service(1, "create_channel"),
      post(2, { text: "a" }),
      { id: 3, type: "unsupported" },
      post(4),
    ];
    const result = await readAll(await writeExport(exportText(messages)));
    expect(result.messages.map((message) => message.post.messageId)).toEqual([2, 4]);
    expect(result.skipped).toBe(2);
  });

  it("cuts batches of batchSize and reports progress up to the file's size", async () => {
    const text = exportText(Array.from({ length: 7 }, (_, i) => post(i + 1, { text: `post ${i + 1}` })));
    const progress: [number, number][] = [];
    const result = await readAll(await writeExport(text), {
      batchSize: 3,
      onProgress: (read, total) => progress.push([read, total]),
    });
    const sizes = result.events.flatMap((event) => (event.kind === "batch" ? [event.messages.length] : []));
    expect(sizes).toEqual([3, 3, 1]);
    const total = Buffer.byteLength(text);
    expect(progress.map(([, all]) => all)).toEqual([total, total, total]);
    expect(progress.at(-1)?.[0]).toBe(total);
    expect(progress[0]?.[0]).toBeLessThan(progress[1]?.[0] ?? 0);
  });

  it("takes date_unixtime and edited_unixtime", async () => {
    const message = post(1, { edited: "2024-05-01T12:00:00", edited_unixtime: String(BASE_UNIXTIME + 3600) });
    const result = await readAll(await writeExport(exportText([message])));
    expect(postOf(result, 1)).toMatchObject({ date: BASE_UNIXTIME + 60, editDate: BASE_UNIXTIME + 3600 });
  });

  it("maps author, forwarded_from and reply_to_message_id", async () => {
    const messages = [
      post(1, { author: "Zainab Ali" }),
      post(2, { forwarded_from: "Another Channel", reply_to_message_id: 1 }),
      post(3, { forwarded_from: null }),
    ];
    const result = await readAll(await writeExport(exportText(messages)));
    expect(postOf(result, 1).authorSignature).toBe("Zainab Ali");
    expect(postOf(result, 2)).toMatchObject({ forwardedFrom: "Another Channel", replyToMessageId: 1 });
    expect(postOf(result, 3)).not.toHaveProperty("forwardedFrom");
  });

  it("maps polls and locations", async () => {
    const messages = [
      post(1, {
        poll: {
          question: "Which bridge should reopen first?",
          closed: false,
          total_voters: 3,
          answers: [
            { text: "Al-Jumhuriya", voters: 2, chosen: false },
            { text: "Al-Sinak", voters: 1, chosen: false },
          ],
        },
      }),
      post(2, { location_information: { latitude: 33.3152, longitude: 44.3661 }, text: "Here" }),
      post(3, {
        place_name: "Mutanabbi Street",
        address: "Baghdad",
        location_information: { latitude: 33.34, longitude: 44.39 },
      }),
      post(4, { location_information: null, text: "no point" }),
    ];
    const result = await readAll(await writeExport(exportText(messages)));
    expect(postOf(result, 1).poll).toEqual({
      question: "Which bridge should reopen first?",
      options: ["Al-Jumhuriya", "Al-Sinak"],
    });
    expect(postOf(result, 2).location).toEqual({ latitude: 33.3152, longitude: 44.3661 });
    expect(postOf(result, 3).location).toEqual({
      latitude: 33.34,
      longitude: 44.39,
      title: "Mutanabbi Street",
      address: "Baghdad",
    });
    expect(postOf(result, 4)).not.toHaveProperty("location");
  });
});

describe("readExport: text and entities", () => {
  it("builds text and UTF-16 offsets from text_entities, with emoji", async () => {
    const message = post(1, {
      text: "ignored when text_entities is present",
      text_entities: [
        { type: "plain", text: "🔥 " },
        { type: "bold", text: "Breaking" },
        { type: "plain", text: ": 👨‍👩‍👧 families return to " },
        { type: "text_link", text: "Mosul", href: "https://example.org/mosul" },
        { type: "plain", text: " " },
        { type: "hashtag", text: "#Iraq" },
      ],
    });
    const { text, entities } = postOf(await readAll(await writeExport(exportText([message]))), 1);
    expect(text).toBe("🔥 Breaking: 👨‍👩‍👧 families return to Mosul #Iraq");
    expect(entities).toEqual([
      { type: "bold", offset: 3, length: 8 },
      { type: "text_link", offset: 41, length: 5, url: "https://example.org/mosul" },
      { type: "hashtag", offset: 47, length: 5 },
    ]);
    for (const entity of entities) {
      expect(text.slice(entity.offset, entity.offset + entity.length)).toMatch(/^(Breaking|Mosul|#Iraq)$/);
    }
  });

  it("keeps Arabic text and its entities", async () => {
    const message = post(1, {
      text_entities: [
        { type: "bold", text: "عاجل:" },
        { type: "plain", text: " افتتاح جسر جديد في بغداد " },
        { type: "mention", text: "@dateline_news" },
      ],
    });
    const { text, entities } = postOf(await readAll(await writeExport(exportText([message]))), 1);
    expect(text).toBe("عاجل: افتتاح جسر جديد في بغداد @dateline_news");
    expect(entities).toEqual([
      { type: "bold", offset: 0, length: 5 },
      { type: "mention", offset: 31, length: 14 },
    ]);
  });

  it("maps every export entity type to the Bot API's", async () => {
    const parts: JsonObject[] = [
      { type: "bold", text: "b" },
      { type: "italic", text: "i" },
      { type: "underline", text: "u" },
      { type: "strikethrough", text: "s" },
      { type: "spoiler", text: "sp" },
      { type: "code", text: "c" },
      { type: "pre", text: "p", language: "python" },
      { type: "pre", text: "q", language: "" },
      { type: "link", text: "example.org" },
      { type: "text_link", text: "tl", href: "https://example.org/" },
      { type: "mention", text: "@a" },
      { type: "mention_name", text: "Ali", user_id: 42 },
      { type: "hashtag", text: "#h" },
      { type: "cashtag", text: "$USD" },
      { type: "email", text: "desk@example.org" },
      { type: "phone", text: "+9647700000000" },
      { type: "bot_command", text: "/start" },
      { type: "blockquote", text: "quote" },
      { type: "blockquote", text: "long quote", collapsed: true },
      { type: "custom_emoji", text: "🙂", document_id: "5368324170671202286" },
      { type: "bank_card", text: "4111111111111111" },
      { type: "unknown", text: "?" },
      { type: "plain", text: "." },
    ];
    const { text, entities } = postOf(
      await readAll(await writeExport(exportText([post(1, { text_entities: parts })]))),
      1,
    );
    expect(text).toBe(parts.map((part) => part.text).join(""));
    expect(entities.map(({ type, url, language }) => ({ type, url, language }))).toEqual([
      { type: "bold" },
      { type: "italic" },
      { type: "underline" },
      { type: "strikethrough" },
      { type: "spoiler" },
      { type: "code" },
      { type: "pre", language: "python" },
      { type: "pre" },
      { type: "url" },
      { type: "text_link", url: "https://example.org/" },
      { type: "mention" },
      { type: "text_mention" },
      { type: "hashtag" },
      { type: "cashtag" },
      { type: "email" },
      { type: "phone_number" },
      { type: "bot_command" },
      { type: "blockquote" },
      { type: "expandable_blockquote" },
      { type: "custom_emoji" },
    ]);
  });

  it("reads the old `text` forms: a string, or strings mixed with parts", async () => {
    const messages = [
      {
        id: 1,
        type: "message",
        date: "2020-01-01T10:00:00",
        date_unixtime: "1577872800",
        text: "plain only",
      },
      {
        id: 2,
        type: "message",
        date: "2020-01-01T10:00:00",
        date_unixtime: "1577872800",
        text: [{ type: "bold", text: "Bold" }, " then plain, ", { type: "italic", text: "italic" }],
      },
    ];
    const result = await readAll(await writeExport(exportText(messages)));
    expect(postOf(result, 1)).toMatchObject({ text: "plain only", entities: [] });
    expect(postOf(result, 2)).toMatchObject({
      text: "Bold then plain, italic",
      entities: [
        { type: "bold", offset: 0, length: 4 },
        { type: "italic", offset: 17, length: 6 },
      ],
    });
  });

  it('reads control characters Telegram Desktop writes as invalid "\\x0B" escapes', async () => {
    const text = exportText([post(1, { text: "line@@break" })]).replaceAll("@@", "\\x0B");
    const result = await readAll(await writeExport(text));
    expect(postOf(result, 1).text).toBe("line\u000bbreak");
    expect(result.messages[0]?.raw).toContain('"line\\x0Bbreak"');
  });
});

describe("readExport: media", () => {
  it("maps photos and every file media_type", async () => {
    const messages = [
      post(1, {
        photo: "photos/photo_1@01-05-2024_12-00-00.jpg",
        photo_file_size: 120000,
        width: 1280,
        height: 853,
      }),
      post(2, {
        file: "video_files/clip.mp4",
        media_type: "video_file",
        mime_type: "video/mp4",
        duration_seconds: 31,
        width: 1920,
        height: 1080,
        file_size: 9000000,
        file_name: "clip.mp4",
      }),
      post(3, { file: "files/loop.mp4", media_type: "animation", mime_type: "video/mp4" }),
      post(4, {
        file: "voice_messages/audio_1.ogg",
        media_type: "voice_message",
        mime_type: "audio/ogg",
        duration_seconds: 7,
      }),
      post(5, {
        file: "files/interview.mp3",
        media_type: "audio_file",
        mime_type: "audio/mpeg",
        performer: "Desk",
        title: "Interview",
      }),
      post(6, { file: "stickers/sticker.webp", media_type: "sticker", sticker_emoji: "🙂" }),
      post(7, {
        file: "round_video_messages/file_1.mp4",
        media_type: "video_message",
        mime_type: "video/mp4",
      }),
      post(8, { file: "files/report.pdf", mime_type: "application/pdf", file_name: "report.pdf" }),
    ];
    const result = await readAll(await writeExport(exportText(messages)));
    expect(postOf(result, 1).media).toEqual([
      {
        kind: "photo",
        source: { type: "export", path: "photos/photo_1@01-05-2024_12-00-00.jpg" },
        width: 1280,
        height: 853,
        size: 120000,
      },
    ]);
    expect(postOf(result, 2).media).toEqual([
      {
        kind: "video",
        source: { type: "export", path: "video_files/clip.mp4" },
        mimeType: "video/mp4",
        fileName: "clip.mp4",
        width: 1920,
        height: 1080,
        durationSeconds: 31,
        size: 9000000,
      },
    ]);
    const kinds = result.messages.map((message) => message.post.media.map((media) => media.kind).join());
    expect(kinds).toEqual([
      "photo",
      "video",
      "animation",
      "voice",
      "audio",
      "sticker",
      "video_note",
      "document",
    ]);
  });

  it("turns placeholder sentences into missing media with their reason", async () => {
    const messages = [
      post(1, {
        photo: "(File not included. Change data exporting settings to download.)",
        width: 800,
        height: 600,
      }),
      post(2, {
        file: "(File exceeds maximum size. Change data exporting settings to download.)",
        media_type: "video_file",
      }),
    ];
    const result = await readAll(await writeExport(exportText(messages)));
    expect(postOf(result, 1).media[0]?.source).toEqual({
      type: "missing",
      reason: "File not included. Change data exporting settings to download.",
    });
    expect(postOf(result, 2).media[0]).toMatchObject({
      kind: "video",
      source: {
        type: "missing",
        reason: "File exceeds maximum size. Change data exporting settings to download.",
      },
    });
  });

  it.each([
    ["/etc/passwd"],
    ["../../secret.jpg"],
    ["photos/../../outside.jpg"],
    ["photos\\..\\..\\outside.jpg"],
    ["C:\\Windows\\win.ini"],
    ["\\\\server\\share\\x.jpg"],
    ["photos/a\u0000.jpg"],
    [""],
  ])("never hands on a path that could leave the export folder: %j", async (unsafe) => {
    const result = await readAll(await writeExport(exportText([post(1, { photo: unsafe, file: unsafe })])));
    expect(postOf(result, 1).media.map((media) => media.source)).toEqual([
      { type: "missing", reason: "unsafe path" },
      { type: "missing", reason: "unsafe path" },
    ]);
  });

  it("keeps safe relative paths, including dots inside names", async () => {
    const result = await readAll(await writeExport(exportText([post(1, { file: "files/report..v2.pdf" })])));
    expect(postOf(result, 1).media[0]?.source).toEqual({ type: "export", path: "files/report..v2.pdf" });
  });
});

describe("readExport: albums", () => {
  const photo = (id: number, unixtime: number, fields: JsonObject = {}) =>
    post(id, { photo: `photos/photo_${id}.jpg`, date_unixtime: String(unixtime), ...fields });

  it("groups consecutive media messages with one date, and only those", async () => {
    const t = BASE_UNIXTIME;
    const messages = [
      photo(10, t, { text: "Caption of the album" }),
      photo(11, t),
      photo(12, t),
      photo(13, t + 5), // a new date: a lone photo
      post(14, { date_unixtime: String(t + 5), text: "text only, same date" }),
      photo(15, t + 5), // a text message broke the run
      photo(16, t + 9),
      service(17),
      photo(18, t + 9), // service messages are skipped and do not break a run
    ];
    const result = await readAll(await writeExport(exportText(messages)));
    const groups = Object.fromEntries(
      result.messages.map((message) => [message.post.messageId, message.post.mediaGroupId]),
    );
    const album = `export:${CHANNEL_ID}:10`;
    expect(groups).toEqual({
      10: album,
      11: album,
      12: album,
      13: undefined,
      14: undefined,
      15: undefined,
      16: `export:${CHANNEL_ID}:16`,
      18: `export:${CHANNEL_ID}:16`,
    });
    expect(result.messages.map((message) => message.post.messageId)).toEqual([
      10, 11, 12, 13, 14, 15, 16, 18,
    ]);
  });

  it("splits a run longer than Telegram's 10 items, and groups across batch boundaries", async () => {
    const messages = Array.from({ length: 13 }, (_, i) => photo(i + 1, BASE_UNIXTIME));
    const result = await readAll(await writeExport(exportText(messages)), { batchSize: 4 });
    const groups = result.messages.map((message) => message.post.mediaGroupId);
    expect(groups).toEqual([
      ...Array(10).fill(`export:${CHANNEL_ID}:1`),
      `export:${CHANNEL_ID}:11`,
      `export:${CHANNEL_ID}:11`,
      `export:${CHANNEL_ID}:11`,
    ]);
    expect(result.messages.map((message) => message.post.messageId)).toEqual(messages.map((_, i) => i + 1));
  });
});
