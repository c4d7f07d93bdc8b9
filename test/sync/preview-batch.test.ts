import { describe, expect, it } from "vitest";
import type { StoredMessage } from "../../src/store/follow-store.js";
import {
  gapIds,
  idsOnPage,
  previewGroupId,
  shouldIngest,
  splitAlbums,
} from "../../src/sync/follow/preview-batch.js";
import type { MediaRef, SourceMessage, TelegramPost } from "../../src/telegram/post.js";
import type { PreviewPage } from "../../src/telegram/preview/parse-page.js";

const photo = (n: number): MediaRef => ({
  kind: "photo",
  source: { type: "url", url: `https://cdn.example/p${n}.jpg` },
});

function msg(messageId: number, fields: Partial<TelegramPost> = {}): SourceMessage {
  return {
    source: "preview",
    raw: `<div data-post="x/${messageId}"></div>`,
    post: { messageId, date: 1, text: "", entities: [], media: [], ...fields },
  };
}

function page(
  posts: SourceMessage[],
  albums: PreviewPage["albums"],
  minId: number,
  maxId: number,
): PreviewPage {
  return { available: true, channel: {}, posts, albums, minId, maxId };
}

function stored(source: string, text: string, mediaGroupId: string | null = null): StoredMessage {
  return {
    messageId: 1,
    source,
    mediaGroupId,
    articleId: 1,
    post: { messageId: 1, date: 1, text, entities: [], media: [] },
  };
}

describe("splitAlbums", () => {
  const album = msg(14, {
    text: "Caption",
    entities: [{ type: "bold", offset: 0, length: 7 }],
    media: [photo(14), photo(15), photo(16)],
    authorSignature: "Desk",
    replyToMessageId: 3,
    editDate: 99,
  });

  it("makes one message per item, the caption on the first, all in one group", () => {
    const out = splitAlbums([msg(13), album], [{ messageId: 14, itemIds: [14, 15, 16] }], (ids) =>
      previewGroupId(ids[0]!),
    );
    expect(out.map((m) => m.post.messageId)).toEqual([13, 14, 15, 16]);
    const [, first, second] = out.map((m) => m.post);
    expect(first).toMatchObject({
      text: "Caption",
      mediaGroupId: "preview:14",
      replyToMessageId: 3,
      media: [photo(14)],
    });
    expect(first?.entities).toHaveLength(1);
    expect(second).toMatchObject({
      text: "",
      entities: [],
      media: [photo(15)],
      mediaGroupId: "preview:14",
      authorSignature: "Desk",
      editDate: 99,
    });
    expect(second?.replyToMessageId).toBeUndefined();
    expect(out[0]?.post.mediaGroupId).toBeUndefined();
    // The input is left as it was.
    expect(album.post.media).toHaveLength(3);
  });

  it("keeps the group an earlier source gave the album", () => {
    const out = splitAlbums([album], [{ messageId: 14, itemIds: [14, 15, 16] }], () => "13579246801357924");
    expect(new Set(out.map((m) => m.post.mediaGroupId))).toEqual(new Set(["13579246801357924"]));
  });

  it("leaves an album whole when its media and items do not pair up", () => {
    const out = splitAlbums([album], [{ messageId: 14, itemIds: [14, 15] }], () => "g");
    expect(out).toEqual([album]);
  });
});

describe("gaps", () => {
  it("are stored ids inside the page's range that it does not show, album items counted as shown", () => {
    const p = page([msg(10), msg(12), msg(14)], [{ messageId: 14, itemIds: [14, 15] }], 10, 15);
    expect([...idsOnPage(p)].sort((a, b) => a - b)).toEqual([10, 12, 14, 15]);
    expect(gapIds(p, [8, 10, 11, 12, 13, 15, 16])).toEqual([11, 13]);
  });

  it("an empty page has none", () => {
    expect(gapIds({ available: true, channel: {}, posts: [], albums: [] }, [1, 2])).toEqual([]);
  });
});

describe("shouldIngest", () => {
  const post = msg(1, { text: "Hello  world\n" }).post;
  it("always for new and preview-sourced messages (ingestion then compares hashes)", () => {
    expect(shouldIngest(post, undefined)).toBe(true);
    expect(shouldIngest(post, stored("preview", "Hello world"))).toBe(true);
  });
  it("never over the Bot API's version", () => {
    expect(shouldIngest(post, stored("bot", "Something else"))).toBe(false);
  });
  it("over an export's version only when the text differs beyond spacing", () => {
    expect(shouldIngest(post, stored("export", "Hello world"))).toBe(false);
    expect(shouldIngest(post, stored("export", "Hello there"))).toBe(true);
  });
});
