import { describe, expect, it } from "vitest";
import { isChannelLinkLine } from "../../src/articles/channel-link.js";
import { splitLines } from "../../src/articles/lines.js";
import { richText } from "../../src/articles/rich-text.js";
import { entityAt } from "./test-entities.js";

function channelLinkLines(text: string, entities = richText(text).entities): string[] {
  const rich = richText(text, entities);
  return splitLines(text)
    .filter((line) => isChannelLinkLine(rich, line, "people_news"))
    .map((line) => line.text);
}

describe("isChannelLinkLine", () => {
  it("finds lines that only link to the channel", () => {
    const text = [
      "@people_news",
      "👈 https://t.me/people_news",
      "t.me/s/People_News/",
      "https://telegram.me/people_news",
      "@other_channel",
      "https://t.me/people_news/1234",
      "Read more at @people_news",
    ].join("\n");
    expect(channelLinkLines(text)).toEqual([
      "@people_news",
      "👈 https://t.me/people_news",
      "t.me/s/People_News/",
      "https://telegram.me/people_news",
    ]);
  });

  it("finds a line that is one text link to the channel", () => {
    const text = "Body.\n🔗 Join the channel\nMore.";
    const entities = [entityAt(text, "Join the channel", "text_link", { url: "https://t.me/people_news" })];
    expect(channelLinkLines(text, entities)).toEqual(["🔗 Join the channel"]);
  });

  it("finds nothing for a channel without a username", () => {
    const rich = richText("@people_news");
    const [line] = splitLines(rich.text);
    expect(line && isChannelLinkLine(rich, line, "")).toBe(false);
  });
});
