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

/** A blank line (possibly holding spaces) separates paragraphs; several count as one. */
const PARAGRAPH_BREAK = /\n\s*\n/g;
const BLOCK_TYPES = new Set<TextEntity["type"]>(["blockquote", "expandable_blockquote", "pre"]);
const NEWLINE = /[\r\n]/;

/** The range without whitespace at either end; empty (start === end) when it holds only whitespace. */
export function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Non-empty paragraphs of [range), trimmed. */
export function splitParagraphs(text: string, range: TextRange): TextRange[] {
  const region = text.slice(range.start, range.end);
  const pieces: TextRange[] = [];
  let cursor = 0;
  for (const match of region.matchAll(PARAGRAPH_BREAK)) {
    pieces.push({ start: range.start + cursor, end: range.start + match.index });
    cursor = match.index + match[0].length;
  }
  pieces.push({ start: range.start + cursor, end: range.end });
  return pieces.map((piece) => trimRange(text, piece)).filter((piece) => piece.end > piece.start);
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
