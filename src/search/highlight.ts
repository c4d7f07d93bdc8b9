// A snippet's highlights as a sequence of plain and highlighted pieces of text, which the web layer
// maps to <mark> (web/search/search-page.tsx) or to an HTML string (web/search/highlight-html.ts).

import type { Snippet } from "./snippet.js";

export interface SnippetSegment {
  text: string;
  highlighted: boolean;
}

/**
 * The snippet's text cut into plain and highlighted pieces, in order. Ranges are clamped to the
 * text; ranges that overlap an earlier one are merged into it, so bad input can't garble the text.
 */
export function snippetSegments(snippet: Snippet): SnippetSegment[] {
  const { text } = snippet;
  const ranges = snippet.highlights
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const segments: SnippetSegment[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (end <= position) continue;
    const from = Math.max(start, position);
    if (from > position) segments.push({ text: text.slice(position, from), highlighted: false });
    const previous = segments.at(-1);
    if (from === position && previous?.highlighted) previous.text += text.slice(from, end);
    else segments.push({ text: text.slice(from, end), highlighted: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), highlighted: false });
  return segments;
}
