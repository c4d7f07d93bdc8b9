// Post hashes are stored and compared with those of later deliveries: their value must never change.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { postHash } from "../../src/ingest/post-hash.js";
import type { TelegramPost } from "../../src/telegram/post.js";

const post: TelegramPost = {
  messageId: 7,
  date: 1_613_730_360,
  text: 'عاجل\nبغداد – الناس\n\n"Quoted" line\twith a tab',
  entities: [
    { type: "bold", offset: 0, length: 4 },
    { type: "text_link", offset: 25, length: 6, url: "https://example.org/a" },
  ],
  media: [{ kind: "photo", source: { type: "export", path: "photos/a.jpg" }, width: 800, height: 600 }],
};

describe("postHash", () => {
  it("is SHA-1 of the canonical JSON, as stored since the first release", () => {
    const canonical = JSON.stringify([
      post.text,
      [
        ["bold", 0, 4, "", ""],
        ["text_link", 25, 6, "https://example.org/a", ""],
      ],
      [["photo", "export:photos/a.jpg", 800, 600, ""]],
      null,
      null,
      "",
      "",
    ]);
    expect(postHash(post)).toBe(createHash("sha1").update(canonical).digest("base64url"));
  });

  it("changes with what a post shows, not with its delivery", () => {
    expect(postHash({ ...post, text: `${post.text}!` })).not.toBe(postHash(post));
    expect(postHash({ ...post, editDate: 1_613_740_000 })).toBe(postHash(post));
  });
});
