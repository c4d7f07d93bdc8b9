// Lines of a text with their positions, so that line-based rules (promotion lines, tag lines, the
// headline line) can delete exactly the characters they mean through text-edit.
import type { TextRange } from "./rich-text.js";

export interface Line extends TextRange {
  /** The line's text, without its "\n". */
  text: string;
}

/** The lines of the text, or only its first `limit` lines (rules that read the head of a post). */
export function splitLines(text: string, limit = Number.POSITIVE_INFINITY): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (lines.length < limit) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** The range that removes a line together with its line break. */
export function wholeLineRange(line: Line, textLength: number): TextRange {
  return { start: line.start, end: Math.min(line.end + 1, textLength) };
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === "";
}
