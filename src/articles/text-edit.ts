// Editing text while keeping its entities right: every removal (promotion lines, dateline, headline,
// tag lines) goes through here so that offsets stay in step with the text.
import type { TextEntity } from "../telegram/post.js";
import { entityEnd, movedEntity, type RichText, sanitizeEntities, type TextRange } from "./rich-text.js";
import { skipWhitespace, skipWhitespaceBack } from "./whitespace.js";

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
  const pieces: string[] = [];
  let cursor = 0;
  for (const gap of gaps) {
    pieces.push(rich.text.slice(cursor, gap.start));
    cursor = gap.end;
  }
  pieces.push(rich.text.slice(cursor));
  const text = pieces.join("");
  // Shifted, then clipped to the text and dropped when empty, as sanitizeEntities would: in one pass.
  const entities: TextEntity[] = [];
  for (const entity of rich.entities) {
    const shiftedStart = mapPosition(entity.offset, gaps);
    const shiftedEnd = mapPosition(entityEnd(entity), gaps);
    const start = Math.max(0, Math.min(shiftedStart, text.length));
    const end = Math.max(start, Math.min(shiftedEnd, text.length));
    if (end > start) entities.push(movedEntity(entity, start, end - start));
  }
  return { text, entities };
}

/** The part [start, end) of the text, with the entities that overlap it clipped to it. */
export function sliceRich(rich: RichText, start: number, end: number): RichText {
  return deleteRanges(rich, [
    { start: 0, end: start },
    { start: end, end: rich.text.length },
  ]);
}

/** Removes leading and trailing whitespace (newlines included). */
export function trimRich(rich: RichText): RichText {
  const { text } = rich;
  const leading = skipWhitespace(text, 0);
  if (leading === text.length) return leading === 0 ? rich : deleteRanges(rich, [{ start: 0, end: leading }]);
  const trailing = skipWhitespaceBack(text, text.length);
  if (leading === 0 && trailing === text.length) return rich;
  return deleteRanges(rich, [
    { start: 0, end: leading },
    { start: trailing, end: text.length },
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
    for (const entity of part.entities) entities.push(movedEntity(entity, entity.offset + shift, entity.length));
    text += part.text;
  });
  return { text, entities: sanitizeEntities(text, entities) };
}
