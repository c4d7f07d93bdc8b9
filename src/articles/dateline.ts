// The newsroom dateline that opens a story: "Baghdad – People", "بغداد - الناس", or "Baghdad – People: The
// ministry said…" at the head of the first paragraph. Conservative on purpose: a false dateline eats a
// headline's words, a missed one only leaves a short line in the body.

import { splitLines, wholeLineRange } from "./lines.js";
import { memoized } from "./memo.js";
import { type RichText, richText } from "./rich-text.js";
import { deleteRanges, deleteRangesAndTrim, trimRich } from "./text-edit.js";
import type { Dateline } from "./types.js";

export interface DatelineMatch {
  dateline: Dateline;
  /** line: the dateline was a line of its own; prefix: it opened a paragraph that goes on. */
  form: "line" | "prefix";
  rest: RichText;
}

/** A word of a place or outlet name: letters and marks, with inner hyphens or apostrophes ("Nur-Sultan", "N'Djamena"). */
const WORD = String.raw`[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*`;
/** One to four words: longer than that it is a clause, not a name. No digits, no sentence punctuation. */
const NAME = String.raw`${WORD}(?:[^\S\n]${WORD}){0,3}`;
/** An en or em dash, spaced or not; a hyphen only with a space on at least one side (else it joins words). */
const DASH = String.raw`(?:[^\S\n]*[–—][^\S\n]*|[^\S\n]+-[^\S\n]*|-[^\S\n]+)`;
/** A pin or other emoji some channels put before the dateline. */
const LEAD = String.raw`^[^\S\n]*(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+[^\S\n]*)?`;
const SPACE = String.raw`[^\S\n]*`;

const WHOLE_LINE = new RegExp(`${LEAD}(${NAME})${DASH}(${NAME})${SPACE}:?${SPACE}$`, "u");
/** With an outlet and more text on the line, a colon must close the outlet: "Place – Outlet: text". */
const PREFIX_WITH_OUTLET = new RegExp(`${LEAD}(${NAME})${DASH}(${NAME})${SPACE}:${SPACE}(?=\\S)`, "u");
const PREFIX_PLACE_ONLY = new RegExp(`${LEAD}(${NAME})${DASH}(?=\\S)`, "u");
/**
 * "Place – text" is accepted only when the text is prose (it has a full stop), since "Iraq – new talks
 * begin" is a headline, not a dateline.
 */
const FULL_STOP = /[.۔]/u;

const LATIN_WORD = /^\p{Script=Latin}/u;
const CAPITALIZED = /^\p{Lu}/u;
/** Lower-case particles inside Latin place names ("Dar es Salaam", "Rio de Janeiro", "Bay of Pigs"). */
const MAX_PARTICLE_LENGTH = 3;

/**
 * Latin-script names are proper nouns: every word capitalized, save short particles inside. This is
 * what tells "Baghdad – People" from a headline such as "Iraq – Kuwait talks".
 */
function isProperName(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.every((word, index) => {
    if (!LATIN_WORD.test(word) || CAPITALIZED.test(word)) return true;
    const inner = index > 0 && index < words.length - 1;
    return inner && word.length <= MAX_PARTICLE_LENGTH;
  });
}

function datelineOf(place: string | undefined, outlet: string | undefined): Dateline | null {
  if (place === undefined || !isProperName(place)) return null;
  if (outlet !== undefined && !isProperName(outlet)) return null;
  return { place: place.trim(), outlet: outlet?.trim() ?? null };
}

/** What a first line says: its dateline, and whether the line is all of it or opens a paragraph. */
interface LineDateline {
  dateline: Dateline;
  form: DatelineMatch["form"];
  /** For "prefix": how many code units of the line the dateline takes. */
  prefixLength: number;
}

function readFirstLine(line: string): LineDateline | null {
  const whole = WHOLE_LINE.exec(line);
  const wholeDateline = whole && datelineOf(whole[1], whole[2]);
  if (wholeDateline) return { dateline: wholeDateline, form: "line", prefixLength: line.length };

  const prefix = PREFIX_WITH_OUTLET.exec(line);
  const prefixDateline = prefix && datelineOf(prefix[1], prefix[2]);
  if (prefix && prefixDateline)
    return { dateline: prefixDateline, form: "prefix", prefixLength: prefix[0].length };

  const placeOnly = PREFIX_PLACE_ONLY.exec(line);
  const placeDateline = placeOnly && datelineOf(placeOnly[1], undefined);
  if (placeOnly && placeDateline && FULL_STOP.test(line.slice(placeOnly[0].length)))
    return { dateline: placeDateline, form: "prefix", prefixLength: placeOnly[0].length };
  return null;
}

/**
 * A line this short may be a dateline line, and those recur (a channel reports from a few places):
 * they are read once. Longer lines are paragraphs, each seen once.
 */
const MAX_REMEMBERED_LINE = 64;
const readShortFirstLine = memoized(readFirstLine);

/** Recognizes a dateline at the start of a (trimmed) text and returns the text without it. */
export function extractDateline(rich: RichText): DatelineMatch | null {
  const text = trimRich(rich);
  const first = splitLines(text.text, 1)[0];
  if (!first) return null;
  const found =
    first.text.length <= MAX_REMEMBERED_LINE ? readShortFirstLine(first.text) : readFirstLine(first.text);
  if (!found) return null;
  // Each article gets its own dateline object: remembered ones are shared.
  const dateline = { place: found.dateline.place, outlet: found.dateline.outlet };
  if (found.form === "line") {
    const rest = deleteRangesAndTrim(text, [wholeLineRange(first, text.text.length)]);
    return { dateline, form: "line", rest };
  }
  return { dateline, form: "prefix", rest: deleteRanges(text, [{ start: 0, end: found.prefixLength }]) };
}

/** Every whole-line dateline has a dash: most lines are refused by that alone. */
const ANY_DASH = /[-–—]/u;

/** Whether the line is a dateline and nothing else ("Basra – People"): what `extractDateline` calls "line". */
export function isDatelineLine(line: string): boolean {
  return ANY_DASH.test(line) && extractDateline(richText(line))?.form === "line";
}
