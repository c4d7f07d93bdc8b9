import { describe, expect, it } from "vitest";
import { parseEmbedPage, parsePreviewPage } from "../../../src/telegram/preview/parse-page.js";
import {
  albumBody,
  channelPage,
  embedNotFoundPage,
  embedPage,
  messageBlock,
  noPostsPage,
  photoWrap,
  textBody,
  unavailablePage,
} from "./samples.js";

const SEEN_AT = 1_760_000_000;
const opts = { channel: "dateline_news", seenAt: SEEN_AT };
const DATE = "2025-10-01T08:15:00+00:00";
const DATE_UNIX = Date.UTC(2025, 9, 1, 8, 15) / 1000;

describe("parsePreviewPage", () => {
  it("reads the channel header", () => {
    const page = parsePreviewPage(channelPage([]), opts);
    expect(page.available).toBe(true);
    expect(page.channel).toEqual({
      title: "Dateline News 📰",
      username: "dateline_news",
      description: "Local news\nevery day",
    });
  });

  it("falls back to Open Graph tags for the header", () => {
    const page = parsePreviewPage(channelPage([], ""), opts);
    expect(page.channel).toEqual({ title: "Dateline News", description: "News from the newsroom" });
  });

  it("a text post: id, UTC date, text, signature, edit", () => {
    const html = channelPage([
      messageBlock({
        id: 41,
        date: DATE,
        body: textBody("Council approves <b>budget</b>"),
        meta: '<span class="tgme_widget_message_from_author" dir="auto">Edited Desk</span>,&nbsp;edited &nbsp;',
      }),
      messageBlock({
        id: 42,
        date: DATE,
        body: textBody("No edit here"),
        meta: '<span class="tgme_widget_message_from_author" dir="auto">Edited Desk</span>,&nbsp;',
      }),
    ]);
    const page = parsePreviewPage(html, opts);
    expect(page.posts.map((p) => p.post)).toEqual([
      {
        messageId: 41,
        date: DATE_UNIX,
        editDate: SEEN_AT,
        text: "Council approves budget",
        entities: [{ type: "bold", offset: 17, length: 6 }],
        media: [],
        authorSignature: "Edited Desk",
      },
      {
        messageId: 42,
        date: DATE_UNIX,
        text: "No edit here",
        entities: [],
        media: [],
        authorSignature: "Edited Desk",
      },
    ]);
    expect(page.posts[0]?.source).toBe("preview");
    expect(page.posts[0]?.raw.startsWith('<div class="tgme_widget_message ')).toBe(true);
    expect(page.posts[0]?.raw).toContain('data-post="dateline_news/41"');
    expect([page.minId, page.maxId]).toEqual([41, 42]);
  });

  it("takes the bubble's own text, not the reply quote's or the link preview's", () => {
    const body =
      '<a class="tgme_widget_message_reply" href="https://t.me/dateline_news/40"><i class="tgme_widget_message_reply_thumb" style="background-image:url(\'https://cdn.example/q.jpg\')"></i><div class="tgme_widget_message_author accent_color"><span class="tgme_widget_message_author_name">Dateline News</span></div><div class="tgme_widget_message_text js-message_text">Quoted words</div></a>' +
      textBody('Our answer <a href="https://example.org/report">report</a>') +
      '<a class="tgme_widget_message_link_preview" href="https://example.org/report"><i class="link_preview_image" style="background-image:url(\'https://cdn.example/lp.jpg\')"></i><div class="link_preview_title">Report</div><div class="tgme_widget_message_text">Preview words</div></a>';
    const post = parsePreviewPage(channelPage([messageBlock({ id: 43, date: DATE, body })]), opts).posts[0]
      ?.post;
    expect(post).toMatchObject({ text: "Our answer report", replyToMessageId: 40, media: [] });
  });

  it("a reply to another chat's message has no reply id", () => {
    const body = `<a class="tgme_widget_message_reply" href="https://t.me/other_channel/7"><div class="tgme_widget_message_metatext">Photo</div></a>${textBody("x")}`;
    const post = parsePreviewPage(channelPage([messageBlock({ id: 44, date: DATE, body })]), opts).posts[0]
      ?.post;
    expect(post?.replyToMessageId).toBeUndefined();
  });

  it("a forward names its origin", () => {
    const body = `<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from&nbsp;<a class="tgme_widget_message_forwarded_from_name" href="https://t.me/wire_service"><span dir="auto">Wire Service</span></a></div>${textBody("Breaking")}`;
    const hidden = `<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from&nbsp;<span class="tgme_widget_message_forwarded_from_name">Anonymous Reader</span></div>${textBody("Tip")}`;
    const page = parsePreviewPage(
      channelPage([
        messageBlock({ id: 45, date: DATE, body }),
        messageBlock({ id: 46, date: DATE, body: hidden }),
      ]),
      opts,
    );
    expect(page.posts.map((p) => p.post.forwardedFrom)).toEqual(["Wire Service", "Anonymous Reader"]);
  });

  it("a photo: URL from the style, display size from width and padding", () => {
    const body = photoWrap("https://cdn4.example/file/a.jpg", 800, 56.25) + textBody("Caption");
    const post = parsePreviewPage(channelPage([messageBlock({ id: 47, date: DATE, body })]), opts).posts[0]
      ?.post;
    expect(post?.media).toEqual([
      {
        kind: "photo",
        source: { type: "url", url: "https://cdn4.example/file/a.jpg" },
        mimeType: "image/jpeg",
        width: 800,
        height: 450,
      },
    ]);
  });

  it("an album is one post with all its media in order, and its item ids", () => {
    const body = albumBody(
      [
        { id: 50, kind: "photo", url: "https://cdn.example/p50.jpg", ratio: 1.5, width: 300 },
        { id: 51, kind: "video", url: "https://cdn.example/v51.mp4", ratio: 0.5625, width: 150 },
        { id: 52, kind: "photo", url: "https://cdn.example/p52.jpg", ratio: 1, width: 150 },
      ],
      "Flood in the <i>valley</i>",
    );
    const page = parsePreviewPage(channelPage([messageBlock({ id: 50, date: DATE, body })]), opts);
    expect(page.posts).toHaveLength(1);
    const post = page.posts[0]?.post;
    expect(post?.text).toBe("Flood in the valley");
    expect(post?.entities).toEqual([{ type: "italic", offset: 13, length: 6 }]);
    expect(post?.media).toEqual([
      {
        kind: "photo",
        source: { type: "url", url: "https://cdn.example/p50.jpg" },
        mimeType: "image/jpeg",
        width: 300,
        height: 200,
      },
      {
        kind: "video",
        source: { type: "url", url: "https://cdn.example/v51.mp4" },
        mimeType: "video/mp4",
        durationSeconds: 65,
        width: 150,
        height: 267,
      },
      {
        kind: "photo",
        source: { type: "url", url: "https://cdn.example/p52.jpg" },
        mimeType: "image/jpeg",
        width: 150,
        height: 150,
      },
    ]);
    expect(page.albums).toEqual([{ messageId: 50, itemIds: [50, 51, 52] }]);
    expect([page.minId, page.maxId]).toEqual([50, 52]);
  });

  it("documents, voice, round video, sticker, poll, location", () => {
    const document = `<a class="tgme_widget_message_document_wrap" href="https://t.me/dateline_news/60"><div class="tgme_widget_message_document_icon accent_bg"></div><div class="tgme_widget_message_document"><div class="tgme_widget_message_document_title accent_color" dir="auto">budget-2026.pdf</div><div class="tgme_widget_message_document_extra" dir="auto">2.4 MB</div></div></a>${textBody("The full budget")}`;
    const voice = `<a class="tgme_widget_message_voice_player js-message_voice_player" href="https://t.me/dateline_news/61"><audio class="tgme_widget_message_voice js-message_voice" src="https://cdn.example/v61.ogg?token=abc" data-ogg width="100%"></audio><div class="tgme_widget_message_voice_wrap"><time class="tgme_widget_message_voice_duration js-message_voice_duration">1:02</time></div></a>`;
    const round = `<div class="tgme_widget_message_roundvideo_player js-message_roundvideo_player"><div class="tgme_widget_message_roundvideo_wrap"><i class="tgme_widget_message_roundvideo_thumb" style="background-image:url('https://cdn.example/t62.jpg')"></i><video class="tgme_widget_message_roundvideo js-message_roundvideo" src="https://cdn.example/r62.mp4" muted></video></div><time class="tgme_widget_message_roundvideo_duration">0:09</time></div>`;
    const sticker = `<div class="tgme_widget_message_sticker_wrap media_supported_cont"><i class="tgme_widget_message_sticker js-sticker_image" style="background-image:url('data:image/svg+xml;base64,AAAA');width:200px;" data-webp="https://cdn.example/s63.webp"><div style="padding-top:100%"></div></i></div>`;
    const poll = `<div class="tgme_widget_message_poll js-poll"><div class="tgme_widget_message_poll_question">Who should win?</div><div class="tgme_widget_message_poll_type">Anonymous Poll</div><a class="tgme_widget_message_poll_options" href="https://t.me/dateline_news/64"><div class="tgme_widget_message_poll_option"><div class="tgme_widget_message_poll_option_percent">60%</div><div class="tgme_widget_message_poll_option_value"><div class="tgme_widget_message_poll_option_text">Team A</div></div></div><div class="tgme_widget_message_poll_option"><div class="tgme_widget_message_poll_option_text">Team B</div></div></a></div>`;
    const location = `<a class="tgme_widget_message_location_wrap" href="https://maps.google.com/maps?q=48.8566,2.3522&amp;ll=48.8566,2.3522&amp;z=16"><div class="tgme_widget_message_location"></div></a>`;
    const page = parsePreviewPage(
      channelPage([
        messageBlock({ id: 60, date: DATE, body: document }),
        messageBlock({ id: 61, date: DATE, body: voice }),
        messageBlock({ id: 62, date: DATE, body: round, extraClass: "roundvideo_media no_bubble" }),
        messageBlock({ id: 63, date: DATE, body: sticker, extraClass: "sticker_media no_bubble" }),
        messageBlock({ id: 64, date: DATE, body: poll }),
        messageBlock({ id: 65, date: DATE, body: location }),
      ]),
      opts,
    );
    const [doc, voiceNote, roundVideo, stickerPost, pollPost, place] = page.posts.map((p) => p.post);
    expect(doc?.media).toEqual([
      {
        kind: "document",
        fileName: "budget-2026.pdf",
        source: { type: "missing", reason: "document not available in preview" },
      },
    ]);
    expect(doc?.text).toBe("The full budget");
    expect(voiceNote?.media).toEqual([
      {
        kind: "voice",
        source: { type: "url", url: "https://cdn.example/v61.ogg?token=abc" },
        mimeType: "audio/ogg",
        durationSeconds: 62,
      },
    ]);
    expect(roundVideo?.media).toEqual([
      {
        kind: "video_note",
        source: { type: "url", url: "https://cdn.example/r62.mp4" },
        mimeType: "video/mp4",
        durationSeconds: 9,
      },
    ]);
    expect(stickerPost?.media).toEqual([
      {
        kind: "sticker",
        source: { type: "url", url: "https://cdn.example/s63.webp" },
        mimeType: "image/webp",
        width: 200,
        height: 200,
      },
    ]);
    expect(pollPost?.poll).toEqual({ question: "Who should win?", options: ["Team A", "Team B"] });
    expect(place?.location).toEqual({ latitude: 48.8566, longitude: 2.3522 });
  });

  it("skips service messages but counts their ids for the cursor", () => {
    const service = messageBlock({
      id: 30,
      date: DATE,
      extraClass: "service_message",
      body: textBody("Channel photo updated"),
    });
    const page = parsePreviewPage(
      channelPage([service, messageBlock({ id: 31, date: DATE, body: textBody("x") })]),
      opts,
    );
    expect(page.posts.map((p) => p.post.messageId)).toEqual([31]);
    expect(page.minId).toBe(30);
  });

  it("tolerates blocks without an id or a date", () => {
    const noId =
      '<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="garbage"></div></div>';
    const noDate =
      '<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="dateline_news/9"><div class="tgme_widget_message_bubble"></div></div></div>';
    const page = parsePreviewPage(channelPage([noId, noDate]), opts);
    expect(page.posts).toEqual([]);
    expect(page.minId).toBe(9);
  });

  it("'No posts found' is an available channel with no posts", () => {
    const page = parsePreviewPage(noPostsPage, opts);
    expect(page).toMatchObject({ available: true, posts: [], albums: [] });
    expect(page.minId).toBeUndefined();
  });

  it("a page without the history section means no public preview", () => {
    const page = parsePreviewPage(unavailablePage, opts);
    expect(page.available).toBe(false);
    expect(page.posts).toEqual([]);
    expect(page.channel.title).toBe("Closed Channel");
  });
});

describe("parseEmbedPage", () => {
  it("ok: the one post", () => {
    const result = parseEmbedPage(
      embedPage(messageBlock({ id: 70, date: DATE, body: textBody("Still here") })),
      {
        seenAt: SEEN_AT,
      },
    );
    expect(result.status).toBe("ok");
    if (result.status === "ok") expect(result.post.post).toMatchObject({ messageId: 70, text: "Still here" });
  });

  it("not_found: the error block of a deleted post", () => {
    expect(parseEmbedPage(embedNotFoundPage)).toEqual({ status: "not_found", message: "Post not found" });
  });

  it("unknown: neither a post nor an error", () => {
    expect(parseEmbedPage("<html><body><p>Something else</p></body></html>")).toEqual({ status: "unknown" });
    expect(parseEmbedPage("")).toEqual({ status: "unknown" });
  });
});
