// Regexes that tell, on a line as written, whether its normalized form (normalize-line.ts) may hold a
// letter or a word: a native regex test of the raw line costs far less than normalizing it, and most
// lines of a post fail it, so only the few that pass are normalized and searched.
import {
  CONTEXTUAL,
  KEPT,
  kindOf,
  REMOVED,
  REPLACED,
  REPLACED_BY_UNIT,
  replacementOf,
} from "./normalize-line.js";

/**
 * Where text and its punctuation mostly live (Latin, Greek, Cyrillic, Hebrew, Arabic, general
 * punctuation, variation selectors): there the regexes list exactly the code units that produce a
 * letter. Everywhere else they take every code unit, surrogates included, which keeps them small (and
 * fast): a line with such a character is simply normalized.
 */
const EXACT_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x0530],
  [0x0590, 0x0700],
  [0x2000, 0x2070],
  [0xfe00, 0xfe10],
];

/** "\uXXXX" for a regex character class. */
function classEscape(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, "0")}`;
}

function classRange(from: number, last: number): string {
  return from === last ? classEscape(from) : `${classEscape(from)}-${classEscape(last)}`;
}

/** The members of a character class of the code units of EXACT_BLOCKS that pass `test`, and, if `outside`, of all others. */
function classMembers(test: (code: number) => boolean, outside: boolean): string {
  let members = "";
  let blockEnd = 0;
  for (const [from, to] of EXACT_BLOCKS) {
    if (outside && blockEnd < from) members += classRange(blockEnd, from - 1);
    blockEnd = to;
    for (let code = from; code < to; code++) {
      if (!test(code)) continue;
      let last = code;
      while (last + 1 < to && test(last + 1)) last++;
      members += classRange(code, last);
      code = last;
    }
  }
  if (outside) members += classRange(blockEnd, 0xffff);
  return members;
}

/** A code unit that becomes exactly `unit`: kept as it is, or replaced by it alone. */
function becomes(code: number, unit: number): boolean {
  const kind = kindOf(code);
  return (
    (kind === KEPT && code === unit) ||
    (kind === REPLACED_BY_UNIT && replacementOf(code) === String.fromCharCode(unit))
  );
}

const producerPatterns = new Map<number, RegExp>();

/**
 * A regex that every line whose normalized form holds `unit` (a letter or digit of the BMP) matches:
 * it finds the code units that normalize to text holding it and those normalized in context (and, out
 * of EXACT_BLOCKS, any code unit). A line it does not match cannot hold a phrase with that letter, and
 * need not be normalized to look for one.
 */
export function producersOf(unit: number): RegExp {
  const known = producerPatterns.get(unit);
  if (known) return known;
  const produces = (code: number): boolean => {
    const kind = kindOf(code);
    if (kind === REPLACED) return replacementOf(code).includes(String.fromCharCode(unit));
    return kind === CONTEXTUAL || becomes(code, unit);
  };
  const pattern = new RegExp(`[${classMembers(produces, true)}]`);
  producerPatterns.set(unit, pattern);
  return pattern;
}

/**
 * Code units that a word's spelling cannot be followed through one at a time: those that become
 * several letters or depend on their neighbours, and every code unit outside EXACT_BLOCKS.
 */
let untraceable: string | undefined;
/** Code units of EXACT_BLOCKS that normalizing removes (marks, tatweel). */
let removed: string | undefined;

/**
 * Finds the lines whose normalized form may hold a word (letters or digits of the BMP, no space).
 * Such a line either has a code unit that cannot be traced (see `untraceable`), or spells the word one
 * code unit per letter, each letter written as itself or as a unit that becomes it, with only units
 * that normalizing removes between them. Neither kind of match spans a line break (a separator), so
 * two scans of a whole text find every such line; the English lines of a post rarely hold a
 * promotion phrase's longest word, and then need no normalizing for it.
 */
export class WordProducers {
  private readonly untraceable: RegExp;
  private readonly spelled: RegExp;

  constructor(word: string) {
    untraceable ??= classMembers((code) => {
      const kind = kindOf(code);
      return kind === REPLACED || kind === CONTEXTUAL;
    }, true);
    removed ??= classMembers((code) => kindOf(code) === REMOVED, false);
    const letters = Array.from(word, (letter) => {
      const unit = letter.charCodeAt(0);
      return `[${classMembers((code) => becomes(code, unit), false)}]`;
    });
    this.untraceable = new RegExp(`[${untraceable}]`, "g");
    this.spelled = new RegExp(letters.join(`[${removed}]*`), "g");
  }

  /** Positions in `text` of matches, sorted, at least one in every line that may hold the word. */
  matchesIn(text: string): number[] {
    const found = [...firstPerLine(this.untraceable, text), ...firstPerLine(this.spelled, text)];
    return found.length > 1 ? found.sort((a, b) => a - b) : found;
  }
}

/** Where the global `pattern` first matches in each line of the text that it matches. */
function firstPerLine(pattern: RegExp, text: string): number[] {
  const found: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match.index);
    const newline = text.indexOf("\n", match.index);
    if (newline === -1) break;
    pattern.lastIndex = newline + 1;
  }
  return found;
}
