// The real t.me blocks saved by the tchan project (../shared/fixtures/tchan), checked against the values its
// own tests (test_tchan.py) say a scraper must extract, re-expressed for Dateline's normalized post.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { MediaRef, TelegramPost } from "../../../src/telegram/post.js";
import { parsePreviewPage } from "../../../src/telegram/preview/parse-page.js";
import { sharedDir, sharedPath } from "../../helpers/shared.js";

const SEEN_AT = 1_700_000_000;

function fixture(name: string): string {
  return readFileSync(sharedPath("fixtures/tchan", `${name}.html`), "utf8");
}

/** The saved blocks are bare message wraps: put them in the history section a t.me/s page has. */
function pageOf(name: string, channel = "tchantest") {
  const html = fixture(name);
  const wrapped = html.includes("tgme_channel_history")
    ? html
    : `<section class="tgme_channel_history">${html}</section>`;
  return parsePreviewPage(wrapped, { channel, seenAt: SEEN_AT });
}

function onlyPost(name: string, channel?: string): TelegramPost {
  const page = pageOf(name, channel);
  expect(page.posts).toHaveLength(1);
  const first = page.posts[0];
  if (!first) throw new Error("no post");
  expect(first.source).toBe("preview");
  expect(first.raw).toContain('class="tgme_widget_message ');
  return first.post;
}

/** The `text="…"` that test_tchan.py expects in the named test (read, not copied). */
function expectedTchanText(testName: string): string {
  const source = readFileSync(sharedPath("fixtures/tchan/test_tchan.py"), "utf8");
  const body = source.split(`def ${testName}():`)[1] ?? "";
  const literal = /\btext="((?:[^"\\]|\\.)*)"/.exec(body.split('"""')[2] ?? "")?.[1];
  if (literal === undefined) throw new Error(`no expected text in ${testName}`);
  return JSON.parse(`"${literal}"`) as string;
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  return Date.UTC(y, mo - 1, d, h, mi, s) / 1000;
}

function urlOf(m: MediaRef | undefined): string {
  return m?.source.type === "url" ? m.source.url : "";
}

describe.skipIf(!sharedDir)("t.me blocks saved by tchan", () => {
  it("unsigned text", () => {
    const post = onlyPost("test_parse_unsigned_text_message");
    expect(post).toMatchObject({ messageId: 6, date: utc(2023, 2, 24, 7, 30, 39), text: "Unsigned message" });
    expect(post.authorSignature).toBeUndefined();
    expect(post.editDate).toBeUndefined();
  });

  it("signed and edited: the signature, and the time it was seen as the edit time", () => {
    const post = onlyPost("test_parse_signed_edited_text_message");
    expect(post).toMatchObject({
      messageId: 5,
      date: utc(2023, 2, 24, 7, 29, 57),
      text: "Hello! Signed and edited message",
      authorSignature: "Álvaro Justen",
      editDate: SEEN_AT,
    });
  });

  it("signed, not edited", () => {
    const post = onlyPost("test_parse_text_message_signed_not_edited");
    expect(post).toMatchObject({
      messageId: 79,
      text: "Signed and not edited",
      authorSignature: "Álvaro Justen",
    });
    expect(post.editDate).toBeUndefined();
  });

  it("multiline: <br> becomes a newline", () => {
    const post = onlyPost("test_parse_text_message_multiline");
    expect(post).toMatchObject({ messageId: 62, date: utc(2023, 2, 24, 8, 1, 26) });
    expect(post.text).toBe("Bigger\ntext\nmessage\nnumber\n34");
  });

  it("emoji: the character, not its image", () => {
    expect(onlyPost("test_parse_emoji_message")).toMatchObject({ messageId: 7, text: "👍", entities: [] });
  });

  it("forwarded: the original author's name", () => {
    expect(onlyPost("test_parse_forwarded_text_message")).toMatchObject({
      messageId: 89,
      text: ";)",
      forwardedFrom: "Some user",
    });
  });

  it("reply: the id replied to, and neither the quote's text nor its thumbnail", () => {
    const post = onlyPost("test_parse_text_reply_to_video");
    expect(post).toMatchObject({
      messageId: 20,
      replyToMessageId: 19,
      text: "Reply to a video (not recorded in telegram)",
    });
    expect(post.media).toEqual([]);
  });

  it("a bare link: a url entity; edited", () => {
    const post = onlyPost("test_parse_text_message_link_no_preview");
    expect(post).toMatchObject({ messageId: 24, date: utc(2023, 2, 24, 7, 48, 2), editDate: SEEN_AT });
    expect(post.text).toBe("This is a message with a link\n\nhttps://brasil.io/");
    expect(post.entities).toEqual([{ type: "url", offset: 31, length: "https://brasil.io/".length }]);
  });

  it("links with a preview: the preview's texts stay out of the body", () => {
    const right = onlyPost("test_parse_text_message_link_with_right_preview");
    expect(right).toMatchObject({ messageId: 81, text: "link with preview https://python.org/" });
    expect(right.entities).toEqual([{ type: "url", offset: 18, length: 19 }]);
    const regular = onlyPost("test_parse_text_message_link_with_regular_preview");
    expect(regular.messageId).toBe(94);
    expect(regular.text).toMatch(/^https:\/\/agenciabrasil\.ebc\.com\.br\/\S+$/);
    expect(regular.entities).toEqual([{ type: "url", offset: 0, length: regular.text.length }]);
  });

  it("a real channel's formatted post: links, hashtags, bold, emoji", () => {
    const post = onlyPost("test_parse_message_weird_preview", "CamaradosDeputados");
    expect(post).toMatchObject({ messageId: 7334, date: utc(2022, 11, 9, 22, 43, 54), editDate: SEEN_AT });
    // tchan joins the text's pieces with newlines; the characters are the same.
    const tchanText = expectedTchanText("test_parse_message_weird_preview");
    expect(tchanText.length).toBeGreaterThan(400);
    const squeeze = (s: string) => s.replace(/\s+/g, "");
    expect(squeeze(post.text)).toBe(squeeze(tchanText));
    expect(post.text.startsWith("_\n\n✍️ CÂMARA APROVA\n")).toBe(true);
    const slice = (e: { offset: number; length: number }) => post.text.slice(e.offset, e.offset + e.length);
    const hashtags = post.entities.filter((e) => e.type === "hashtag").map(slice);
    expect(hashtags).toEqual(["#Punição_ampliada", "#Poda_de_árvores", "#Tarifas_de_transmissão"]);
    const links = post.entities.filter((e) => e.type === "text_link").map((e) => e.url);
    expect(links).toEqual([
      "http://bit.ly/3Tq1C4G",
      "http://bit.ly/3PCX1vn",
      "http://bit.ly/3tkdScB",
      "http://bit.ly/3A1c4c4",
      "http://bit.ly/3A3EoKS",
      "http://bit.ly/3zWxOpw",
      "https://bit.ly/2UBmLNC",
    ]);
    const bold = post.entities.find((e) => e.type === "bold");
    expect(bold && slice(bold).startsWith("✍️ CÂMARA APROVA")).toBe(true);
    expect(post.text).not.toContain("Portal da Câmara dos Deputados");
  });

  it("a single photo: its CDN URL and display size", () => {
    const post = onlyPost("test_parse_photo_single");
    expect(post).toMatchObject({
      messageId: 16,
      date: utc(2023, 2, 24, 7, 35, 28),
      text: "Picture by telegram camera",
    });
    expect(post.media).toHaveLength(1);
    expect(post.media[0]).toMatchObject({ kind: "photo", width: 450, height: 600, mimeType: "image/jpeg" });
    expect(urlOf(post.media[0])).toMatch(/^https:\/\/cdn1\.telegram-cdn\.org\/file\/AqX5QJmp/);
  });

  it("a photo album: one post with both photos, in order", () => {
    const page = pageOf("test_parse_photo_multiple");
    const post = page.posts[0]?.post;
    expect(post).toMatchObject({ messageId: 14, text: "Multiple pics" });
    expect(post?.media.map((m) => m.kind)).toEqual(["photo", "photo"]);
    expect(urlOf(post?.media[0])).toContain("/file/QMvda1Z9");
    expect(urlOf(post?.media[1])).toContain("/file/CrsaR3dL");
    expect(page.albums).toEqual([{ messageId: 14, itemIds: [14, 15] }]);
    expect(page.maxId).toBe(15);
  });

  it("a mixed album: videos and photos in one post; the nested caption block read once", () => {
    const page = pageOf("test_parse_multimedia_message");
    const post = page.posts[0]?.post;
    expect(post).toMatchObject({
      messageId: 84,
      date: utc(2023, 2, 24, 11, 1, 46),
      text: "Multiple videos and pictures",
    });
    expect(post?.media.map((m) => m.kind)).toEqual(["video", "photo", "video", "photo"]);
    expect(urlOf(post?.media[0])).toContain("/file/bd7ceb0b41.mp4");
    expect(urlOf(post?.media[2])).toContain("/file/e996ca12fa.mp4");
    expect(post?.media[0]?.durationSeconds).toBe(27);
    expect(page.albums).toEqual([{ messageId: 84, itemIds: [84, 85, 86, 87] }]);
  });

  it("a video: its file once (the blurred copy is the same file), duration, size", () => {
    const post = onlyPost("test_parse_video_single");
    expect(post).toMatchObject({ messageId: 18, text: "Video by telegram camera" });
    expect(post.media).toHaveLength(1);
    expect(post.media[0]).toMatchObject({ kind: "video", durationSeconds: 6, width: 720, height: 960 });
    expect(urlOf(post.media[0])).toContain("/file/61dc623809.mp4");
    const second = onlyPost("test_parse_video_single_2");
    expect(second).toMatchObject({ messageId: 19, text: "" });
    expect(second.media[0]).toMatchObject({ kind: "video", width: 1280, height: 720 });
  });

  it("a video too big for the preview: named, without a source", () => {
    const post = onlyPost("test_parse_video_big", "some_random_user");
    expect(post).toMatchObject({ messageId: 5343, date: utc(2023, 1, 30, 23, 30, 40), text: "some text" });
    expect(post.media).toEqual([
      {
        kind: "video",
        source: { type: "missing", reason: "video too big for the preview" },
        durationSeconds: 52,
        width: 704,
        height: 939,
      },
    ]);
  });

  it("a round video", () => {
    const post = onlyPost("test_parse_round_video_single");
    expect(post).toMatchObject({ messageId: 17, text: "" });
    expect(post.media[0]).toMatchObject({ kind: "video_note", durationSeconds: 5 });
    expect(urlOf(post.media[0])).toContain("/file/68145c80a1.mp4");
  });

  it("a voice message", () => {
    const post = onlyPost("test_parse_audio_message");
    expect(post).toMatchObject({ messageId: 13, date: utc(2023, 2, 24, 7, 34, 5), text: "" });
    expect(post.media[0]).toMatchObject({ kind: "voice", mimeType: "audio/ogg", durationSeconds: 1 });
    expect(urlOf(post.media[0])).toContain("/file/29881a3f30.ogg");
  });

  it("an audio file shown as a document: its name, no bytes", () => {
    const post = onlyPost("test_parse_audio_document");
    expect(post).toMatchObject({ messageId: 12, text: "Povo hebreu" });
    expect(post.media).toEqual([
      {
        kind: "audio",
        fileName: "AUD-20130329-WA0000",
        source: { type: "missing", reason: "document not available in preview" },
      },
    ]);
  });

  it("a sticker", () => {
    const post = onlyPost("test_parse_sticker_message");
    expect(post.messageId).toBe(9);
    expect(post.media[0]).toMatchObject({ kind: "sticker", mimeType: "image/webp", width: 256, height: 162 });
    expect(urlOf(post.media[0])).toContain("/file/5b5c6e1325.webp");
  });

  it("a poll: question and options", () => {
    const post = onlyPost("test_parse_poll");
    expect(post).toMatchObject({ messageId: 11, text: "" });
    expect(post.poll).toEqual({
      question: "Let's do a quick poll quizz mode",
      options: ["Opt1", "Opt2", "Opt3"],
    });
  });

  it.each([
    ["test_parse_location_message", 10, -23.930587176407, -44.086305367818],
    ["test_parse_location_message_2", 83, -23.532363086523, -46.689620092745],
    ["test_parse_location_message_3", 88, -23.531972140424, -46.689076113848],
  ])("a location (%s)", (name, id, latitude, longitude) => {
    const post = onlyPost(name);
    expect(post.messageId).toBe(id);
    expect(post.location).toEqual({ latitude, longitude });
    expect(post.media).toEqual([]);
  });

  it.each([
    ["test_parse_service_message_channel_created", 1],
    ["test_parse_service_message_channel_name_changed", 2],
    ["test_parse_service_message_channel_photo_updated", 3],
    ["test_parse_service_message_pinned", 92],
  ])("a service message is not a post, but still moves the cursor (%s)", (name, id) => {
    const page = pageOf(name);
    expect(page.posts).toEqual([]);
    expect(page.minId).toBe(id);
  });

  it("a 'channel video changed' block without the service class is an ordinary post", () => {
    expect(onlyPost("test_parse_service_message_channel_video_changed")).toMatchObject({
      messageId: 82,
      text: '+ "Channel video changed"',
    });
  });

  it("'No posts found': available, no posts, no cursor", () => {
    const page = pageOf("test_parse_no_posts_found");
    expect(page).toMatchObject({ available: true, posts: [] });
    expect(page.minId).toBeUndefined();
  });
});

describe.skipIf(!sharedDir)("a whole t.me/s page (specialteam fixture)", () => {
  it("channel header, three posts, the cursor", () => {
    const html = readFileSync(sharedPath("fixtures/tme/specialteam-page1.html"), "utf8");
    const page = parsePreviewPage(html, { channel: "testchan", seenAt: SEEN_AT });
    expect(page.available).toBe(true);
    expect(page.channel).toEqual({
      title: "Test Channel",
      username: "testchan",
      description: "News about crypto\nand more",
    });
    expect(page.posts.map((p) => p.post.messageId)).toEqual([98, 99, 100]);
    expect([page.minId, page.maxId]).toEqual([98, 100]);
    const [forwarded, reply, persian] = page.posts.map((p) => p.post);
    expect(forwarded).toMatchObject({
      forwardedFrom: "Other Channel",
      date: Date.UTC(2026, 0, 10, 9, 30) / 1000,
    });
    expect(urlOf(forwarded?.media[0])).toBe("https://cdn4.telesco.pe/file/p98.jpg");
    expect(forwarded?.entities).toEqual([
      { type: "bold", offset: 17, length: 2 },
      { type: "text_link", url: "https://example.com/a", offset: 64, length: 4 },
    ]);
    expect(reply).toMatchObject({
      text: "Warning: market crash, big loss today",
      replyToMessageId: 98,
      authorSignature: "Admin",
      editDate: SEEN_AT,
    });
    expect(reply?.media).toEqual([
      {
        kind: "video",
        source: { type: "url", url: "https://cdn4.telesco.pe/file/v99.mp4" },
        mimeType: "video/mp4",
        durationSeconds: 42,
      },
    ]);
    expect(persian?.text).toBe("سلام دوستان، خبر خوب داریم! رشد عالی");
  });
});
