// Editing text while keeping its entities right: every removal (promotion lines, dateline, headline,
// tag lines) goes through here so that offsets stay in step with the text.
import type { TextEntity } from "../telegram/post.js";
import { entityEnd, movedEntity, type RichText, sanitizeEntities, type TextRange } from "./rich-text.js";
import { skipWhitespace, skipWhitespaceBack } from "./whitespace.js";

/** Sorted, clipped, merged ranges: overlapping or touching deletions become one. */
function normalizeRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  const [only] = ranges;
  // One range (a headline, a dateline, a line): clipped, it is all there is.
  if (ranges.length === 1 && only) {
    const start = Math.max(0, only.start);
    const end = Math.min(length, only.end);
    return end <= start ? [] : [{ start, end }];
  }
  const clipped: TextRange[] = [];
  let sorted = true;
  for (const range of ranges) {
    const start = Math.max(0, range.start);
    const end = Math.min(length, range.end);
    if (end <= start) continue;
    const previous = clipped.at(-1);
    if (previous && start < previous.start) sorted = false;
    clipped.push({ start, end });
  }
  // Callers nearly always pass ranges in order; the sort is stable either way.
  if (!sorted) clipped.sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of clipped) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push(range);
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

function withoutGaps(text: string, gaps: readonly TextRange[]): string {
  // Removing the head (a headline, a dateline) or the tail leaves one piece: a slice shares the
  // text's characters, where joining pieces copies them all.
  const [only] = gaps;
  if (gaps.length === 1 && only) {
    if (only.start === 0) return text.slice(only.end);
    if (only.end === text.length) return text.slice(0, only.start);
  }
  const pieces: string[] = [];
  let cursor = 0;
  for (const gap of gaps) {
    pieces.push(text.slice(cursor, gap.start));
    cursor = gap.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join("");
}

/**
 * The entities once the gaps are deleted and the result is cut to [from, to): shifted, then clipped
 * and dropped when empty, as sanitizeEntities would, in one pass.
 */
function movedEntities(rich: RichText, gaps: readonly TextRange[], from: number, to: number): TextEntity[] {
  const entities: TextEntity[] = [];
  for (const entity of rich.entities) {
    const start = Math.max(from, Math.min(mapPosition(entity.offset, gaps), to));
    const end = Math.max(start, Math.min(mapPosition(entityEnd(entity), gaps), to));
    if (end > start) entities.push(movedEntity(entity, start - from, end - start));
  }
  return entities;
}

/** Deletes the ranges from the text; entities shift left, shrink where partly deleted, vanish when wholly deleted. */
export function deleteRanges(rich: RichText, ranges: readonly TextRange[]): RichText {
  const gaps = normalizeRanges(ranges, rich.text.length);
  if (gaps.length === 0) return rich;
  const text = withoutGaps(rich.text, gaps);
  return { text, entities: movedEntities(rich, gaps, 0, text.length) };
}

/**
 * trimRich(deleteRanges(rich, ranges)) in one pass: every rule that removes lines (promotion, tag
 * lines, headline, dateline) trims what is left, and each copy of a long text and its entities counts.
 */
export function deleteRangesAndTrim(rich: RichText, ranges: readonly TextRange[]): RichText {
  const gaps = normalizeRanges(ranges, rich.text.length);
  const [gap] = gaps;
  if (gaps.length === 1 && gap && gap.start === 0) return withoutHeadTrimmed(rich, gap.end);
  const rest = gaps.length === 0 ? rich.text : withoutGaps(rich.text, gaps);
  const from = skipWhitespace(rest, 0);
  const to = from === rest.length ? from : skipWhitespaceBack(rest, rest.length);
  if (gaps.length === 0 && from === 0 && to === rest.length) return rich;
  const text = from === 0 && to === rest.length ? rest : rest.slice(from, to);
  return { text, entities: movedEntities(rich, gaps, from, to) };
}

/**
 * deleteRangesAndTrim for the text's first `headEnd` units (a headline, a dateline line, lead-ins):
 * what is left is trimmed on the text itself and sliced out of it once.
 */
function withoutHeadTrimmed(rich: RichText, headEnd: number): RichText {
  const { text } = rich;
  const start = skipWhitespace(text, headEnd);
  const end = start === text.length ? start : skipWhitespaceBack(text, text.length);
  const entities: TextEntity[] = [];
  for (const entity of rich.entities) {
    const from = Math.max(start, Math.min(entity.offset, end));
    const to = Math.max(from, Math.min(entityEnd(entity), end));
    if (to > from) entities.push(movedEntity(entity, from - start, to - from));
  }
  return { text: text.slice(start, end), entities };
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
    for (const entity of part.entities)
      entities.push(movedEntity(entity, entity.offset + shift, entity.length));
    text += part.text;
  });
  return { text, entities: sanitizeEntities(text, entities) };
}
