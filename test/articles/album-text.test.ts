import { describe, expect, it } from "vitest";
import { captionOf } from "../../src/articles/album-text.js";
import type { TelegramPost } from "../../src/telegram/post.js";

function post(messageId: number, text: string, entities: TelegramPost["entities"] = []): TelegramPost {
  return {
    messageId,
    date: 1_613_730_000,
    text,
    entities,
    media: [{ kind: "photo", source: { type: "missing", reason: "test" } }],
  };
}

describe("captionOf", () => {
  it("takes the one item with a caption", () => {
    expect(
      captionOf([
        post(1, ""),
        post(2, "Caption here", [{ type: "bold", offset: 0, length: 7 }]),
        post(3, " "),
      ]),
    ).toEqual({
      text: "Caption here",
      entities: [{ type: "bold", offset: 0, length: 7 }],
    });
  });

  it("joins several captions in order with a blank line, shifting entities", () => {
    const result = captionOf([
      post(1, "First\r\n"),
      post(2, "Second", [{ type: "italic", offset: 0, length: 6 }]),
    ]);
    expect(result).toEqual({ text: "First\n\nSecond", entities: [{ type: "italic", offset: 7, length: 6 }] });
  });
});
