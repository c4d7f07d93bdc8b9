// Cutting a body into blocks: paragraphs, quotes and code. Blocks are ranges of the annotated text, so
// an entity that crosses a block edge is simply clipped to each block it touches (closed and reopened).
import type { TextEntity } from "../telegram/post.js";
import { entityEnd, type RichText, type TextRange } from "./rich-text.js";
import { isWhitespaceCode } from "./whitespace.js";

export type Block =
  | { kind: "paragraph"; range: TextRange }
  /** `entity` is the blockquote entity that made the block; it must not be rendered again inside it. */
  | { kind: "blockquote"; range: TextRange; entity: TextEntity }
  | { kind: "pre"; range: TextRange; language: string | undefined };

const NEWLINE_CODE = 0x0a;
const BLOCK_TYPES = new Set<TextEntity["type"]>(["blockquote", "expandable_blockquote", "pre"]);
const NEWLINE = /[\r\n]/;

/** The range without whitespace at either end; empty (start === end) when it holds only whitespace. */
export function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Where the paragraph break that may start at the line break at `newline` ends (after its last line
 * break), or -1 when the whitespace after that line break, up to `end`, holds no other one.
 */
function paragraphBreakEnd(text: string, newline: number, end: number): number {
  let breakEnd = -1;
  for (let i = newline + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isWhitespaceCode(code)) break;
    if (code === NEWLINE_CODE) breakEnd = i + 1;
  }
  return breakEnd;
}

/**
 * Non-empty paragraphs of [range), trimmed. A blank line (possibly holding spaces) separates
 * paragraphs, several count as one: the pieces are those between the matches of /\n\s*\n/g in the
 * range, found here from line break to line break without copying the range out of the text.
 */
export function splitParagraphs(text: string, range: TextRange): TextRange[] {
  const paragraphs: TextRange[] = [];
  const add = (start: number, end: number) => {
    const piece = trimRange(text, { start, end });
    if (piece.end > piece.start) paragraphs.push(piece);
  };
  let cursor = range.start;
  for (let newline = text.indexOf("\n", cursor); newline !== -1 && newline < range.end; ) {
    const breakEnd = paragraphBreakEnd(text, newline, range.end);
    if (breakEnd !== -1) {
      add(cursor, newline);
      cursor = breakEnd;
    }
    newline = text.indexOf("\n", breakEnd === -1 ? newline + 1 : breakEnd);
  }
  add(cursor, range.end);
  return paragraphs;
}

/** True when only spaces separate the range from line starts and ends: it owns its lines. */
function spansWholeLines(text: string, range: TextRange): boolean {
  const lineStart = text.lastIndexOf("\n", range.start - 1) + 1;
  const nextNewline = text.indexOf("\n", range.end);
  const lineEnd = nextNewline === -1 ? text.length : nextNewline;
  return text.slice(lineStart, range.start).trim() === "" && text.slice(range.end, lineEnd).trim() === "";
}

/**
 * Quote and code entities that own whole lines become blocks. Where two overlap, the one starting
 * first (the longer on a tie) wins and the other is rendered inline inside it; a quote or code entity
 * that covers only part of a line stays inline too (see entities-html).
 */
function blockEntities(rich: RichText): { entity: TextEntity; range: TextRange }[] {
  const candidates = rich.entities
    .filter((e) => BLOCK_TYPES.has(e.type))
    .map((entity) => ({
      entity,
      range: trimRange(rich.text, { start: entity.offset, end: entityEnd(entity) }),
    }))
    .filter(({ range }) => range.end > range.start && spansWholeLines(rich.text, range))
    .sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  const chosen: { entity: TextEntity; range: TextRange }[] = [];
  for (const candidate of candidates) {
    const last = chosen.at(-1);
    if (!last || candidate.range.start >= last.range.end) chosen.push(candidate);
  }
  return chosen;
}

/** Code keeps its indentation: only the line breaks around it are dropped. */
function codeRange(text: string, entity: TextEntity): TextRange {
  let start = entity.offset;
  let end = entityEnd(entity);
  while (start < end && NEWLINE.test(text[start] ?? "")) start++;
  while (end > start && NEWLINE.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

export function splitBlocks(rich: RichText): Block[] {
  const blocks: Block[] = [];
  const flow = (range: TextRange) => {
    for (const paragraph of splitParagraphs(rich.text, range))
      blocks.push({ kind: "paragraph", range: paragraph });
  };
  let cursor = 0;
  for (const { entity, range } of blockEntities(rich)) {
    flow({ start: cursor, end: range.start });
    if (entity.type === "pre")
      blocks.push({ kind: "pre", range: codeRange(rich.text, entity), language: entity.language });
    else blocks.push({ kind: "blockquote", range, entity });
    cursor = range.end;
  }
  flow({ start: cursor, end: rich.text.length });
  return blocks;
}

/** Plain text of the blocks, separated by blank lines (search, feeds, summaries, translation). */
export function blocksToText(text: string, blocks: readonly Block[]): string {
  const textOf = (range: TextRange) => text.slice(range.start, range.end);
  return blocks
    .map((block) =>
      block.kind === "blockquote"
        ? splitParagraphs(text, block.range).map(textOf).join("\n\n")
        : textOf(block.range),
    )
    .join("\n\n");
}
