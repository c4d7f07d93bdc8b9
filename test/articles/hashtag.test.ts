import { describe, expect, it } from "vitest";
import { tagFromHashtag, withHashtagEntities } from "../../src/articles/hashtag.js";
import { richText } from "../../src/articles/rich-text.js";
import { entityAt } from "./test-entities.js";

describe("tagFromHashtag", () => {
  it.each([
    ["#Iraq", "iraq"],
    ["#Iraq_News@people", "iraq_news"],
    ["#عاجل_العراق", "عاجل_العراق"],
    ["＃ＦＵＬＬ", "full"],
    ["#2024", null],
  ])("%s → %s", (raw, tag) => {
    expect(tagFromHashtag(raw)).toBe(tag);
  });
});

describe("withHashtagEntities", () => {
  it("finds hashtags, including Arabic ones with underscores, when the source marked none", () => {
    const text = "🔴 خبر #العراق_اليوم و#بغداد #News";
    const result = withHashtagEntities(richText(text));
    expect(result.entities).toEqual([
      entityAt(text, "#العراق_اليوم", "hashtag"),
      entityAt(text, "#News", "hashtag"),
    ]);
  });

  it("ignores # inside words, URLs, HTML entities and numbers", () => {
    const text = "C# and https://example.com/#top and &#39; and #123";
    const result = withHashtagEntities(richText(text, [entityAt(text, "https://example.com/#top", "url")]));
    expect(result.entities.filter((e) => e.type === "hashtag")).toEqual([]);
  });

  it("leaves the entities alone when the source marked hashtags", () => {
    const text = "#one #two";
    const marked = richText(text, [entityAt(text, "#one", "hashtag")]);
    expect(withHashtagEntities(marked)).toBe(marked);
  });
});
