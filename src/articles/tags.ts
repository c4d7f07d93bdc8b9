// Tags: the post's hashtags and the dateline's place; and the trailing "tag line" that channels add
// for navigation inside Telegram, which has no place in the article body.
import { tagFromHashtag } from "./hashtag.js";
import { memoized } from "./memo.js";
import { entityEnd, type RichText, type TextRange } from "./rich-text.js";
import { deleteRangesAndTrim } from "./text-edit.js";
import type { Dateline } from "./types.js";
import { skipWhitespace } from "./whitespace.js";

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const SPACES = /\s+/gu;

/** Tag names of the hashtag entities, in order of appearance (duplicates kept). */
export function hashtagTags(rich: RichText): string[] {
  return rich.entities
    .filter((e) => e.type === "hashtag")
    .sort((a, b) => a.offset - b.offset)
    .map((e) => tagFromHashtag(rich.text.slice(e.offset, entityEnd(e))))
    .filter((tag): tag is string => tag !== null);
}

/** A place as a tag: spaces become underscores, so "Gaza City" and #Gaza_City are one tag. */
export const placeTag: (place: string) => string = memoized((place) =>
  place.normalize("NFKC").trim().toLowerCase().replace(SPACES, "_"),
);

/** The dateline's place first (it heads the story), then the hashtags; unique, first occurrence wins. */
export function collectTags(hashtags: readonly string[], dateline: Dateline | null): string[] {
  const all = dateline ? [placeTag(dateline.place), ...hashtags] : hashtags;
  return [...new Set(all.filter((tag) => tag !== ""))];
}

/** A line made only of hashtags and separators ("#Iraq #Baghdad", "#العراق | #بغداد"). */
function isTagLine(rich: RichText, line: TextRange): boolean {
  const hashtags = rich.entities.filter(
    (e) => e.type === "hashtag" && e.offset >= line.start && entityEnd(e) <= line.end,
  );
  if (hashtags.length === 0) return false;
  let rest = "";
  let cursor = line.start;
  for (const tag of hashtags.sort((a, b) => a.offset - b.offset)) {
    rest += rich.text.slice(cursor, tag.offset);
    cursor = entityEnd(tag);
  }
  rest += rich.text.slice(cursor, line.end);
  return !WORD_CHARACTER.test(rest);
}

/** Removes the tag lines that end the post (a hashtag line in the middle is text and stays). */
export function removeTagLines(rich: RichText): RichText {
  const { text } = rich;
  const ranges: TextRange[] = [];
  // The lines from the last one up, without cutting the text into lines: only its end is read.
  for (let end = text.length; ; ) {
    const newline = end === 0 ? -1 : text.lastIndexOf("\n", end - 1);
    const line = { start: newline + 1, end };
    if (skipWhitespace(text, line.start) < end) {
      if (!isTagLine(rich, line)) break;
      ranges.push({ start: line.start, end: Math.min(end + 1, text.length) });
    }
    if (newline === -1) break;
    end = newline;
  }
  return ranges.length === 0 ? rich : deleteRangesAndTrim(rich, ranges);
}
