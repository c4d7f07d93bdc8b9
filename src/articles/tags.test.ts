import { describe, expect, it } from "vitest";
import { withHashtagEntities } from "./hashtag.js";
import { richText } from "./rich-text.js";
import { collectTags, hashtagTags, placeTag, removeTagLines } from "./tags.js";

function tagged(text: string) {
  return withHashtagEntities(richText(text));
}

describe("hashtagTags", () => {
  it("lower-cases tags and drops the # and a channel scope", () => {
    expect(hashtagTags(tagged("#Iraq and #Iraq_News@people #العراق_اليوم"))).toEqual([
      "iraq",
      "iraq_news",
      "العراق_اليوم",
    ]);
  });
});

describe("collectTags", () => {
  it("puts the place first and removes duplicates", () => {
    expect(collectTags(["baghdad", "iraq", "iraq"], { place: "Baghdad", outlet: "People" })).toEqual([
      "baghdad",
      "iraq",
    ]);
    expect(collectTags(["iraq"], null)).toEqual(["iraq"]);
  });

  it("joins the words of a place with underscores", () => {
    expect(placeTag("Gaza City")).toBe("gaza_city");
  });
});

describe("removeTagLines", () => {
  it("removes hashtag-only lines at the end", () => {
    const result = removeTagLines(tagged("Body with #inline tag.\n\n#Iraq #Baghdad\n#العراق | #بغداد\n"));
    expect(result.text).toBe("Body with #inline tag.");
    expect(result.entities).toEqual([{ type: "hashtag", offset: 10, length: 7 }]);
  });

  it("keeps a hashtag line in the middle and a line with words", () => {
    expect(removeTagLines(tagged("#Iraq\nBody text.")).text).toBe("#Iraq\nBody text.");
    expect(removeTagLines(tagged("Body.\nMore on #Iraq")).text).toBe("Body.\nMore on #Iraq");
  });
});
