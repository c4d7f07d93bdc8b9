// Editing text while keeping its entities right: every removal (promotion lines, dateline, headline,
// tag lines) goes through here so that offsets stay in step with the text.
import type { TextEntity } from "../telegram/post.js";
import { entityEnd, type RichText, sanitizeEntities, type TextRange } from "./rich-text.js";

/** Sorted, clipped, merged ranges: overlapping or touching deletions become one. */
function normalizeRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  const clipped = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of clipped) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Where an old position lands once `ranges` (normalized) are deleted; a deleted position lands at its gap. */
function mapPosition(position: number, ranges: readonly TextRange[]): number {
  let removedBefore = 0;
  for (const range of ranges) {
    if (range.start >= position) break;
    removedBefore += Math.min(position, range.end) - range.start;
  }
  return position - removedBefore;
}

/** Deletes the ranges from the text; entities shift left, shrink where partly deleted, vanish when wholly deleted. */
export function deleteRanges(rich: RichText, ranges: readonly TextRange[]): RichText {
  const gaps = normalizeRanges(ranges, rich.text.length);
  if (gaps.length === 0) return rich;
  let text = "";
  let cursor = 0;
  for (const gap of gaps) {
    text += rich.text.slice(cursor, gap.start);
    cursor = gap.end;
  }
  text += rich.text.slice(cursor);
  const entities: TextEntity[] = rich.entities.map((entity) => {
    const start = mapPosition(entity.offset, gaps);
    return { ...entity, offset: start, length: mapPosition(entityEnd(entity), gaps) - start };
  });
  return { text, entities: sanitizeEntities(text, entities) };
}

/** The part [start, end) of the text, with the entities that overlap it clipped to it. */
export function sliceRich(rich: RichText, start: number, end: number): RichText {
  return deleteRanges(rich, [
    { start: 0, end: start },
    { start: end, end: rich.text.length },
  ]);
}

const LEADING_SPACE = /^\s+/;
const TRAILING_SPACE = /\s+$/;

/** Removes leading and trailing whitespace (newlines included). */
export function trimRich(rich: RichText): RichText {
  const leading = LEADING_SPACE.exec(rich.text)?.[0].length ?? 0;
  const trailing = TRAILING_SPACE.exec(rich.text)?.[0].length ?? 0;
  return deleteRanges(rich, [
    { start: 0, end: leading },
    { start: rich.text.length - trailing, end: rich.text.length },
  ]);
}

/** Removes every match of a global pattern, e.g. carriage returns. */
export function deleteMatches(rich: RichText, pattern: RegExp): RichText {
  const ranges = [...rich.text.matchAll(pattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  return deleteRanges(rich, ranges);
}

/** Concatenates texts with a separator between them, shifting each part's entities. */
export function joinRich(parts: readonly RichText[], separator: string): RichText {
  let text = "";
  const entities: TextEntity[] = [];
  parts.forEach((part, index) => {
    if (index > 0) text += separator;
    const shift = text.length;
    for (const entity of part.entities) entities.push({ ...entity, offset: entity.offset + shift });
    text += part.text;
  });
  return { text, entities: sanitizeEntities(text, entities) };
}
