// Which part of a post is its headline, and what is left for the body.
import { fitsCodePoints } from "./code-points.js";
import { splitLines } from "./lines.js";
import { entityEnd, type RichText } from "./rich-text.js";
import { firstSentence, hasSentenceBreak } from "./sentences.js";
import { deleteRangesAndTrim, trimRich } from "./text-edit.js";
import { truncateAtWord } from "./truncate.js";
import { isWhitespaceCode } from "./whitespace.js";

/** A first line longer than this is a paragraph, not a headline (news headlines rarely pass 100). */
export const MAX_HEADLINE_LINE = 140;
/** An all-bold first line is a deliberate headline; past this length it is a bold lede paragraph. */
export const MAX_BOLD_HEADLINE = 200;
/** A headline cut from a first sentence: about what fits on two lines of a listing. */
export const MAX_SENTENCE_HEADLINE = 110;
/** A bold run inside a line ("**Breaking:** …") names a headline only when it says something. */
const MIN_BOLD_RUN_WORDS = 2;

/**
 * line: the first line (or its all-bold run) is the headline and left the body;
 * bold: the bold run that opens the first line is the headline and left the body;
 * sentence: the headline was taken from the first sentence and the body keeps the whole text,
 *   because removing the lede's first sentence would leave a paragraph starting mid-thought;
 * none: the post has no text.
 */
export type HeadlineSource = "line" | "bold" | "sentence" | "none";

export interface HeadlineSplit {
  headline: string;
  body: RichText;
  source: HeadlineSource;
}

/** Emoji, bullets and rules that channels put before a headline ("🔴 ", "■ ", "| "). */
const LEADING_DECORATION = /^(?:[\s\p{Extended_Pictographic}\p{So}•▪◾■►▶|\-–—]|\u{FE0F}|\u{200D})+/u;
/** A one-word label before a bar: "عاجل | …", "EXCLUSIVE | …". The bar marks it as a label, not a subject. */
const KICKER = /^[\p{L}\p{N}]+\s*[|｜]\s*/u;
const NEWLINE = 0x0a;
/** What withoutDecoration drops from the end, one code point at a time: whitespace and emoji. */
const TRAILING_EMOJI = /^(?:[\s\p{Extended_Pictographic}]|\u{FE0F}|\u{200D})$/u;
/** A line ending like this announces more to come: a list (":"), a clause (","), a cut ("…"). */
const CONTINUES = /(?:[:,،;…\-–—]|\.\.)$/u;
/**
 * Closing punctuation a headline drops (a question or exclamation mark stays: it is meaning):
 * /[\s.:،,;|\-–—]+$/u, read back from the end rather than tried at every position.
 */
const TRAILING_PUNCTUATION = new Set(Array.from(".:،,;|-–—", (char) => char.charCodeAt(0)));

function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (!isWhitespaceCode(code) && !TRAILING_PUNCTUATION.has(code)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
/**
 * Runs of whitespace that turning every run into one space changes: longer runs, and single
 * whitespace other than a space (whitespace is all in the BMP, so code units serve, without /u).
 */
const SPACES = /\s{2,}|[^\S ]/g;
/** After a leading bold run: the separator between it and the text that follows. */
const RUN_SEPARATOR = /^[\s:.|\-–—]*/u;

/** The text without its longest suffix of TRAILING_EMOJI code points. */
/** Whether TRAILING_EMOJI matches each BMP code unit alone, learnt on first sight: 0 not yet, 1 yes, 2 no. */
const TRAILING_EMOJI_UNITS = new Uint8Array(0x10000);

function isTrailingEmoji(text: string, start: number, end: number): boolean {
  if (end - start === 1) {
    const code = text.charCodeAt(start);
    let known = TRAILING_EMOJI_UNITS[code] ?? 0;
    if (known === 0) {
      known = TRAILING_EMOJI.test(String.fromCharCode(code)) ? 1 : 2;
      TRAILING_EMOJI_UNITS[code] = known;
    }
    return known === 1;
  }
  return TRAILING_EMOJI.test(text.slice(start, end));
}

function withoutTrailingEmoji(text: string): string {
  let end = text.length;
  while (end > 0) {
    let start = end - 1;
    const code = text.charCodeAt(start);
    if (code >= 0xdc00 && code <= 0xdfff && start > 0) {
      const high = text.charCodeAt(start - 1);
      if (high >= 0xd800 && high <= 0xdbff) start--;
    }
    if (!isTrailingEmoji(text, start, end)) break;
    end = start;
  }
  return end === text.length ? text : text.slice(0, end);
}

// The head of a post asks for the same line's undecorated text several times over.
let lastLine: string | undefined;
let lastUndecorated = "";

function withoutDecoration(line: string): string {
  if (line === lastLine) return lastUndecorated;
  const spaced = line.replace(SPACES, " ").replace(LEADING_DECORATION, "");
  // KICKER needs a bar; most lines have none, and a test for one costs less than the regex.
  const hasBar = spaced.includes("|") || spaced.includes("｜");
  const undecorated = withoutTrailingEmoji(hasBar ? spaced.replace(KICKER, "") : spaced);
  lastLine = line;
  lastUndecorated = undecorated;
  return undecorated;
}

/** The headline as shown: one line of words without decoration or a closing period. */
export function cleanHeadline(text: string): string {
  return withoutTrailingPunctuation(withoutDecoration(text));
}

function wordCount(text: string): number {
  return text.split(" ").filter((word) => HAS_WORD_CHARACTER.test(word)).length;
}

/** Short, one sentence, not announcing a continuation: how a headline line reads. */
export function readsAsHeadline(line: string): boolean {
  const text = withoutDecoration(line);
  return (
    HAS_WORD_CHARACTER.test(text) &&
    fitsCodePoints(text, MAX_HEADLINE_LINE) &&
    !CONTINUES.test(text) &&
    !hasSentenceBreak(text)
  );
}

/** Where the run of bold text starting at `start` ends; spaces between two bold runs do not break it. */
/** How many whitespace units other than line breaks start at `position` (/^[^\S\n]+/ there). */
function spacesAt(text: string, position: number): number {
  let end = position;
  while (end < text.length && text.charCodeAt(end) !== NEWLINE && isWhitespaceCode(text.charCodeAt(end)))
    end++;
  return end - position;
}

function boldRunEnd(rich: RichText, start: number): number {
  const bold = rich.entities.filter((e) => e.type === "bold");
  let position = start;
  for (;;) {
    const next = bold.find((e) => e.offset <= position && entityEnd(e) > position);
    if (next) {
      position = entityEnd(next);
      continue;
    }
    const gap = spacesAt(rich.text, position);
    if (gap > 0 && bold.some((e) => e.offset === position + gap)) position += gap;
    else return position;
  }
}

function fromSentence(rich: RichText): HeadlineSplit {
  const sentence = firstSentence(rich.text);
  const cut = truncateAtWord(withoutDecoration(sentence), MAX_SENTENCE_HEADLINE);
  const headline = cut === withoutDecoration(sentence).trim() ? cleanHeadline(cut) : cut;
  return { headline, body: rich, source: "sentence" };
}

/** Splits a trimmed text into headline and body (see HeadlineSource for the cases, in order of preference). */
export function extractHeadline(rich: RichText): HeadlineSplit {
  const text = trimRich(rich);
  const first = splitLines(text.text, 1)[0];
  if (!first || !HAS_WORD_CHARACTER.test(first.text)) {
    return { headline: "", body: text, source: "none" };
  }
  const runStart = first.start + (LEADING_DECORATION.exec(first.text)?.[0].length ?? 0);
  const runEnd = Math.min(boldRunEnd(text, runStart), first.end);
  const lineIsBold = runEnd > runStart && first.text.slice(runEnd - first.start).trim() === "";
  const fitsBold = fitsCodePoints(withoutDecoration(first.text), MAX_BOLD_HEADLINE);
  if ((lineIsBold && fitsBold) || readsAsHeadline(first.text)) {
    const body = deleteRangesAndTrim(text, [{ start: 0, end: first.end }]);
    return { headline: cleanHeadline(first.text), body, source: "line" };
  }
  const run = text.text.slice(runStart, runEnd);
  if (
    runEnd > runStart &&
    wordCount(cleanHeadline(run)) >= MIN_BOLD_RUN_WORDS &&
    readsAsHeadline(cleanHeadline(run))
  ) {
    const separator = RUN_SEPARATOR.exec(text.text.slice(runEnd))?.[0].length ?? 0;
    const body = deleteRangesAndTrim(text, [{ start: 0, end: runEnd + separator }]);
    return { headline: cleanHeadline(run), body, source: "bold" };
  }
  return fromSentence(text);
}
