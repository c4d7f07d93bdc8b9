import { describe, expect, it } from "vitest";
import { parseUpdate } from "../../../src/telegram/bot/parse-update.js";
import { albumFirstItem, channelPost, editedPost, privateMessage, textPost } from "./updates.js";

describe("parseUpdate", () => {
  it("a channel post", () => {
    const result = parseUpdate(textPost);
    expect(result).toMatchObject({ ok: true, updateId: 918273645, kind: "post" });
    if (!result.ok) throw new Error(result.error);
    expect(result.message?.message_id).toBe(120);
    expect(result.message?.chat).toEqual({
      id: -1001405579475,
      title: "Dateline News",
      username: "dateline_news",
      type: "channel",
    });
  });

  it("keeps fields it does not know, so the raw JSON survives re-serialization", () => {
    const result = parseUpdate(textPost);
    if (!result.ok) throw new Error(result.error);
    expect(JSON.parse(JSON.stringify(result.message))).toEqual(textPost.channel_post);
  });

  it("an album item with media_group_id and caption entities", () => {
    const result = parseUpdate(albumFirstItem);
    expect(result).toMatchObject({ ok: true, kind: "post" });
    if (!result.ok) throw new Error(result.error);
    expect(result.message?.media_group_id).toBe("13579246801357924");
    expect(result.message?.caption_entities).toEqual([{ offset: 0, length: 7, type: "bold" }]);
    expect(result.message?.photo).toHaveLength(3);
  });

  it("an edit", () => {
    const result = parseUpdate(editedPost);
    expect(result).toMatchObject({ ok: true, updateId: 918273648, kind: "edit" });
    if (!result.ok) throw new Error(result.error);
    expect(result.message?.edit_date).toBe(1760000500);
  });

  it("another kind of update is 'other', without a message and without validating it", () => {
    expect(parseUpdate(privateMessage)).toEqual({ ok: true, updateId: 918273649, kind: "other" });
    expect(parseUpdate({ update_id: 7, my_chat_member: { weird: true } })).toEqual({
      ok: true,
      updateId: 7,
      kind: "other",
    });
  });

  it.each([
    [null, /JSON object, got null/],
    ["update", /JSON object, got string/],
    [42, /JSON object, got number/],
    [[textPost], /JSON object, got an array/],
    [undefined, /JSON object, got undefined/],
  ])("rejects a body that is not an object (%j)", (body, message) => {
    const result = parseUpdate(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("rejects a missing or mistyped update_id", () => {
    const missing = parseUpdate({ channel_post: textPost.channel_post });
    const text = parseUpdate({ ...textPost, update_id: "918273645" });
    const negative = parseUpdate({ ...textPost, update_id: -1 });
    expect(missing).toEqual({ ok: false, error: expect.stringMatching(/^Invalid update: update_id: /) });
    expect(text).toEqual({
      ok: false,
      error: expect.stringMatching(/update_id: Invalid input: expected number, received string/),
    });
    expect(negative.ok).toBe(false);
  });

  it("names the path of each problem in a malformed post", () => {
    const result = parseUpdate(
      channelPost(10, {
        message_id: "abc",
        chat: { id: 1, type: "planet" },
        photo: [{ file_unique_id: "x", width: 1, height: 1 }],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain("channel_post.message_id");
    expect(result.error).toContain("channel_post.chat.type");
    expect(result.error).toContain("channel_post.photo.0.file_id");
  });

  it("rejects an unknown forward origin and wrong entity shapes", () => {
    expect(parseUpdate(channelPost(11, { forward_origin: { type: "alien", date: 1 } })).ok).toBe(false);
    expect(
      parseUpdate(channelPost(12, { text: "x", entities: [{ type: "bold", offset: -1, length: 1 }] })).ok,
    ).toBe(false);
  });

  it("lists at most five problems", () => {
    const bad = Object.fromEntries(
      ["text", "caption", "author_signature", "media_group_id", "edit_date", "date"].map((k) => [k, {}]),
    );
    const result = parseUpdate(channelPost(13, bad));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/; and 1 more$/);
  });

  it("never throws, even on a hostile object", () => {
    const hostile = {
      update_id: 1,
      get channel_post(): never {
        throw new Error("boom");
      },
    };
    expect(parseUpdate(hostile)).toEqual({ ok: false, error: "Update could not be read: boom" });
  });
});
