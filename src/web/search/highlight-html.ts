// A search snippet as an HTML string, where a page needs one rather than JSX: text escaped, matched
// words in <mark>.
import { escapeHtml } from "../../articles/html-escape.js";
import { snippetSegments } from "../../search/highlight.js";
import type { Snippet } from "../../search/snippet.js";

export function highlightHtml(snippet: Snippet): string {
  return snippetSegments(snippet)
    .map((segment) =>
      segment.highlighted ? `<mark>${escapeHtml(segment.text)}</mark>` : escapeHtml(segment.text),
    )
    .join("");
}
