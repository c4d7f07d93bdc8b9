import { describe, expect, it } from "vitest";
import { withHashtagEntities } from "../../src/articles/hashtag.js";
import { isBlank, splitLines, wholeLineRange } from "../../src/articles/lines.js";
import { entityEnd, type RichText, richText } from "../../src/articles/rich-text.js";
import { collectTags, hashtagTags, placeTag, removeTagLines } from "../../src/articles/tags.js";
import { deleteRangesAndTrim } from "../../src/articles/text-edit.js";
import { seededRandom, textOfPieces } from "./test-strings.js";

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

describe("removeTagLines, reading lines from the end", () => {
  /** The text cut into lines, read from the last one up to the first that is not a tag line. */
  function byDefinition(rich: RichText): RichText {
    const ranges = [];
    const lines = splitLines(rich.text);
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i];
      if (!line) break;
      if (isBlank(line)) continue;
      const tags = rich.entities.filter(
        (e) => e.type === "hashtag" && e.offset >= line.start && entityEnd(e) <= line.end,
      );
      let rest = line.text;
      for (const tag of tags) rest = rest.replace(rich.text.slice(tag.offset, entityEnd(tag)), "");
      if (tags.length === 0 || /[\p{L}\p{N}]/u.test(rest)) break;
      ranges.push(wholeLineRange(line, rich.text.length));
    }
    return ranges.length === 0 ? rich : deleteRangesAndTrim(rich, ranges);
  }

  it("agrees with cutting the text into lines", () => {
    const random = seededRandom(18);
    const pieces = ["#Iraq", "#العراق", " ", "|", "\n", "\n\n", "word", "🔴", " \n", "#123"];
    for (let round = 0; round < 2000; round++) {
      const text = textOfPieces(random, pieces, 10);
      const rich = tagged(text);
      expect(removeTagLines(rich)).toEqual(byDefinition(rich));
    }
  });
});
