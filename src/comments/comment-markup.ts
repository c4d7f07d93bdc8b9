// Light formatting for comments typed as plain text: paragraphs (a blank line), line breaks, quotes (lines
// starting with ">"), emphasis (*word* or _word_), strong emphasis (**word**) and links (http, https and
// mailto addresses written out). The result is a tree of a few node kinds; views turn each kind into one
// element (comment-body.tsx), so no markup a reader typed ever reaches the page: the node kinds are the
// allowlist.
import { safeLinkUrl } from "./safe-url.js";

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "br" }
  | { kind: "em"; children: Inline[] }
  | { kind: "strong"; children: Inline[] }
  | { kind: "link"; href: string; text: string };

export type Block = { kind: "p"; content: Inline[] } | { kind: "quote"; blocks: Block[] };

/** Quotes nest at most this deep; deeper ">" stay as text. */
export const MAX_QUOTE_DEPTH = 3;

const QUOTE_LINE = /^ {0,3}>/;

/** Parses cleaned comment text (see clean-text.ts) into blocks. */
export function parseComment(text: string, quoteDepth = 0): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let quote: string[] = [];
  const flushPara = () => {
    if (para.length) blocks.push({ kind: "p", content: parseLines(para) });
    para = [];
  };
  const flushQuote = () => {
    if (quote.length) {
      const inner = parseComment(quote.join("\n"), quoteDepth + 1);
      if (inner.length) blocks.push({ kind: "quote", blocks: inner });
    }
    quote = [];
  };
  for (const line of text.split("\n")) {
    if (quoteDepth < MAX_QUOTE_DEPTH && QUOTE_LINE.test(line)) {
      flushPara();
      quote.push(line.replace(/^ {0,3}> ?/, ""));
    } else if (line.trim() === "") {
      flushPara();
      flushQuote();
    } else {
      flushQuote();
      para.push(line);
    }
  }
  flushPara();
  flushQuote();
  return blocks;
}

function parseLines(lines: string[]): Inline[] {
  const out: Inline[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push({ kind: "br" });
    out.push(...parseInline(line));
  });
  return out;
}

// Candidates for links: a scheme we allow (any case) or "www.", up to whitespace or a character that
// cannot be part of a written-out address. What a candidate may become is decided by safeLinkUrl.
const LINK_CANDIDATE = /(?:\b(?:https?:\/\/|mailto:)|\bwww\.)[^\s<>"'`\u00a0]+/gi;

/** Inline content of one line: links first (so "_" inside an address is not emphasis), then emphasis. */
export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of line.matchAll(LINK_CANDIDATE)) {
    const written = trimTrailing(m[0]);
    const href = safeLinkUrl(/^www\./i.test(written) ? `http://${written}` : written);
    if (!href) continue;
    out.push(...parseEmphasis(line.slice(last, m.index)));
    out.push({ kind: "link", href, text: written });
    last = m.index + written.length;
  }
  out.push(...parseEmphasis(line.slice(last)));
  return out;
}

/** Sentence punctuation after an address is not part of it; a closing bracket is when it has an opener. */
function trimTrailing(s: string): string {
  let end = s.length;
  for (;;) {
    const ch = s[end - 1];
    if (ch === undefined) break;
    if (".,;:!?…»”’".includes(ch)) {
      end--;
      continue;
    }
    if (ch === ")" || ch === "]") {
      const open = ch === ")" ? "(" : "[";
      const part = s.slice(0, end);
      if (count(part, ch) > count(part, open)) {
        end--;
        continue;
      }
    }
    break;
  }
  return s.slice(0, end);
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

// Emphasis markers must touch the word they wrap ("*a*", not "* a *"), so arithmetic like "2 * 3 * 4" and
// snake_case_names stay text. One level: strong may hold emphasis, nothing deeper.
const STRONG = /\*\*(?=\S)([\s\S]*?\S)\*\*/g;
const EMPHASIS = /(?<![\p{L}\p{N}*_])([*_])(?=[^\s*_])([\s\S]*?[^\s*_])\1(?![\p{L}\p{N}*_])/gu;

function parseEmphasis(text: string): Inline[] {
  if (text === "") return [];
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(STRONG)) {
    out.push(...parseEm(text.slice(last, m.index)));
    out.push({ kind: "strong", children: parseEm(m[1] ?? "") });
    last = m.index + m[0].length;
  }
  out.push(...parseEm(text.slice(last)));
  return out;
}

function parseEm(text: string): Inline[] {
  if (text === "") return [];
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(EMPHASIS)) {
    if (m.index > last) out.push({ kind: "text", text: text.slice(last, m.index) });
    out.push({ kind: "em", children: [{ kind: "text", text: m[2] ?? "" }] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}

/** How many links the text will show: WordPress holds a comment with comment_max_links (2) or more. */
export function countLinks(blocks: Block[]): number {
  let n = 0;
  const inline = (xs: Inline[]) => {
    for (const x of xs) {
      if (x.kind === "link") n++;
      else if (x.kind === "em" || x.kind === "strong") inline(x.children);
    }
  };
  const walk = (bs: Block[]) => {
    for (const b of bs) {
      if (b.kind === "p") inline(b.content);
      else walk(b.blocks);
    }
  };
  walk(blocks);
  return n;
}

/** Plain text of the blocks (feeds' descriptions, emails): what a reader sees, without the markers. */
export function plainText(blocks: Block[]): string {
  const inline = (xs: Inline[]): string =>
    xs
      .map((x) =>
        x.kind === "text" ? x.text : x.kind === "br" ? "\n" : x.kind === "link" ? x.text : inline(x.children),
      )
      .join("");
  const walk = (bs: Block[], prefix: string): string =>
    bs
      .map((b) =>
        b.kind === "p"
          ? inline(b.content)
              .split("\n")
              .map((l) => prefix + l)
              .join("\n")
          : walk(b.blocks, `${prefix}> `),
      )
      .join(`\n${prefix.trimEnd()}\n`);
  return walk(blocks, "");
}
