// Telegram text + entities → safe, well-formed HTML. Entities may nest and overlap partially, so
// instead of mapping each entity to one element we cut the text at every entity edge and, for each
// run, open exactly the elements that cover it: overlapping spans are closed and reopened as needed.
import type { TextEntity } from "../telegram/post.js";
import { type Block, splitBlocks, splitParagraphs } from "./blocks.js";
import { linkTarget } from "./entity-links.js";
import { escapeHtml, needsEscaping } from "./html-escape.js";
import { entityEnd, type RichText, type TextRange } from "./rich-text.js";

interface Wrapper {
  open: string;
  close: string;
  isLink: boolean;
  /** Among entities covering the same range: links outermost, code innermost, so ties nest the same way everywhere. */
  rank: number;
}

const RANK_LINK = 0;
const RANK_QUOTE = 1;
const RANK_FORMAT = 2;
const RANK_CODE = 3;
/** rel for links that leave the site: the target page gets no handle on ours. */
const EXTERNAL_REL = "noopener";
/** Languages are class names: keep them to characters that cannot break out of the attribute or the class list. */
const CODE_LANGUAGE = /^[A-Za-z0-9_+#.-]{1,32}$/;

function element(name: string, rank: number, attributes = ""): Wrapper {
  return { open: `<${name}${attributes}>`, close: `</${name}>`, isLink: false, rank };
}

// Formatting elements carry no attributes of their own: one wrapper each serves every entity.
const STRONG = element("strong", RANK_FORMAT);
const EM = element("em", RANK_FORMAT);
const U = element("u", RANK_FORMAT);
const S = element("s", RANK_FORMAT);
const SPOILER = element("span", RANK_FORMAT, ' class="spoiler"');
const CODE = element("code", RANK_CODE);
const Q = element("q", RANK_QUOTE);

/** The element an entity renders as inside a paragraph; null for entities shown as plain text. */
function wrapperOf(entity: TextEntity, text: string): Wrapper | null {
  switch (entity.type) {
    case "bold":
      return STRONG;
    case "italic":
      return EM;
    case "underline":
      return U;
    case "strikethrough":
      return S;
    case "spoiler":
      return SPOILER;
    // A code block that does not own its lines (see blocks.ts) is inline code.
    case "code":
    case "pre":
      return CODE;
    // Likewise a quote inside a line is an inline quotation.
    case "blockquote":
    case "expandable_blockquote":
      return Q;
    case "text_link":
    case "url":
    case "email":
    case "mention":
    case "hashtag": {
      const target = linkTarget(entity, text.slice(entity.offset, entityEnd(entity)));
      if (target === null) return null;
      const rel = target.internal ? "" : ` rel="${EXTERNAL_REL}"`;
      return { ...element("a", RANK_LINK, ` href="${escapeHtml(target.href)}"${rel}`), isLink: true };
    }
    // custom_emoji carries its fallback emoji in the text; cashtag, phone_number, bot_command and
    // text_mention (a user without a username) have nothing worth linking to on a news site.
    default:
      return null;
  }
}

interface Span {
  entity: TextEntity;
  wrapper: Wrapper;
  start: number;
  end: number;
}

function compareSpans(a: Span, b: Span): number {
  return (
    a.entity.offset - b.entity.offset ||
    entityEnd(b.entity) - entityEnd(a.entity) ||
    a.wrapper.rank - b.wrapper.rank
  );
}

/** The spans covering [from, to), outermost first, without links nested in links (invalid HTML). */
function coveringSpans(spans: readonly Span[], from: number, to: number): Span[] {
  let insideLink = false;
  return spans.filter((span) => {
    if (span.start > from || span.end < to) return false;
    if (!span.wrapper.isLink) return true;
    if (insideLink) return false;
    insideLink = true;
    return true;
  });
}

function textHtml(text: string): string {
  const html = escapeHtml(text);
  return html.includes("\n") ? html.replaceAll("\n", "<br>") : html;
}

/** Up to this many, insertion sort beats Array.prototype.sort's setup (paragraphs have a few entities). */
const INSERTION_SORT_MAX = 32;

/** Sorts in place, stably, as Array.prototype.sort does. */
function sortSmall<T>(values: T[], compare: (a: T, b: T) => number): void {
  if (values.length > INSERTION_SORT_MAX) {
    values.sort(compare);
    return;
  }
  for (let i = 1; i < values.length; i++) {
    const value = values[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(values[j] as T, value) > 0) {
      values[j + 1] = values[j] as T;
      j--;
    }
    values[j + 1] = value;
  }
}

const byNumber = (a: number, b: number) => a - b;

/** Inline HTML of [range): escaped text, entity elements, <br> for single line breaks. */
export function renderInline(rich: RichText, range: TextRange, exclude?: TextEntity): string {
  const spans: Span[] = [];
  for (const entity of rich.entities) {
    if (entity === exclude) continue;
    const start = Math.max(entity.offset, range.start);
    const end = Math.min(entityEnd(entity), range.end);
    const wrapper = end > start ? wrapperOf(entity, rich.text) : null;
    if (wrapper) spans.push({ entity, wrapper, start, end });
  }
  const text = rich.text.slice(range.start, range.end);
  if (spans.length === 0) return textHtml(text);
  // Most paragraphs need no escaping at all: then their runs need no look either.
  const verbatim = !needsEscaping(text) && !text.includes("\n");
  sortSmall(spans, compareSpans);
  const edges = [range.start, range.end];
  for (const span of spans) edges.push(span.start, span.end);
  sortSmall(edges, byNumber);
  let html = "";
  let open: Span[] = [];
  let from = range.start;
  for (const to of edges) {
    if (to === from) continue;
    const wanted = coveringSpans(spans, from, to);
    let kept = 0;
    while (kept < open.length && kept < wanted.length && open[kept] === wanted[kept]) kept++;
    for (let k = open.length - 1; k >= kept; k--) html += open[k]?.wrapper.close ?? "";
    for (let k = kept; k < wanted.length; k++) html += wanted[k]?.wrapper.open ?? "";
    open = wanted;
    const run = rich.text.slice(from, to);
    html += verbatim ? run : textHtml(run);
    from = to;
  }
  for (let k = open.length - 1; k >= 0; k--) html += open[k]?.wrapper.close ?? "";
  return html;
}

function paragraphsHtml(rich: RichText, range: TextRange, exclude?: TextEntity): string {
  return splitParagraphs(rich.text, range)
    .map((paragraph) => `<p>${renderInline(rich, paragraph, exclude)}</p>`)
    .join("");
}

function blockHtml(rich: RichText, block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${renderInline(rich, block.range)}</p>`;
    case "blockquote": {
      const expandable = block.entity.type === "expandable_blockquote" ? ' class="expandable"' : "";
      return `<blockquote${expandable}>${paragraphsHtml(rich, block.range, block.entity)}</blockquote>`;
    }
    case "pre": {
      // The Bot API forbids entities inside pre: its text is shown verbatim.
      const language =
        block.language && CODE_LANGUAGE.test(block.language) ? ` class="language-${block.language}"` : "";
      const code = escapeHtml(rich.text.slice(block.range.start, block.range.end));
      return `<pre><code${language}>${code}</code></pre>`;
    }
  }
}

/** HTML of blocks already cut from `rich` (see blocks.ts), one block per line. */
export function blocksToHtml(rich: RichText, blocks: readonly Block[]): string {
  return blocks.map((block) => blockHtml(rich, block)).join("\n");
}

/** Body HTML: a sequence of <p>, <blockquote> and <pre> blocks. */
export function entitiesToHtml(rich: RichText): string {
  return blocksToHtml(rich, splitBlocks(rich));
}
