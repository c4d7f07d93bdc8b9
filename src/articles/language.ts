// The language of a post, from the scripts its letters are written in. Script counts are reliable on
// the short texts channels post, where word-frequency detectors guess; where a script serves several
// languages we cannot tell apart, the channel's own language decides.
import type { Direction } from "./types.js";
import { isWhitespaceCode } from "./whitespace.js";

/** Languages written right to left (the channel's language may be any of them). */
const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug", "syr"]);

/** Text that says nothing about the language: links, e-mail addresses, hashtags, mentions. */
const NOT_PROSE = /(?:https?:\/\/|www\.|tg:\/\/)\S+|\S+@\S+\.\S+|[#@][\p{L}\p{M}\p{N}_]+|\bt\.me\/\S*/giu;

/** What the letters of the most used script say; see `Tally`. */
interface Letters {
  urdu: number;
  persian: number;
  arabic: number;
  ukrainian: number;
  kana: number;
}

interface ScriptRule {
  script: RegExp;
  /** Languages commonly written in the script; the first is the default. */
  languages: readonly string[];
  /** The languages `tell` can tell apart; others of the script are left to the channel's setting. */
  told: readonly string[];
  /** The language the letters show, or null when they do not say. */
  tell: (letters: Letters) => string | null;
}

/** Letters of Persian missing from Arabic: پ چ ژ گ and the Persian forms of kaf and yeh. */
const PERSIAN_LETTERS = /[پچژگکی]/u;
/** Letters of Arabic missing from Persian: teh marbuta, the Arabic forms of yeh and kaf, alef maksura. */
const ARABIC_LETTERS = /[ةيكى]/u;
/** Letters only Urdu has among the three: tteh, ddal, rreh, noon ghunna, yeh barree. */
const URDU_LETTERS = /[ٹڈڑںے]/u;
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

function tellArabicScript(letters: Letters): string | null {
  if (letters.urdu > 0) return "ur";
  if (letters.persian === letters.arabic) return null;
  return letters.persian > letters.arabic ? "fa" : "ar";
}

const undecided = () => null;

const LATIN: ScriptRule = { script: /\p{Script=Latin}/u, languages: ["en"], told: [], tell: undecided };

const SCRIPTS: readonly ScriptRule[] = [
  {
    script: /\p{Script=Arabic}/u,
    languages: ["ar", "fa", "ur", "ps", "ckb", "sd", "ug"],
    told: ["ar", "fa", "ur"],
    tell: tellArabicScript,
  },
  {
    script: /\p{Script=Cyrillic}/u,
    languages: ["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"],
    told: ["ru", "uk"],
    tell: (letters) => (letters.ukrainian > 0 ? "uk" : "ru"),
  },
  { script: /\p{Script=Hebrew}/u, languages: ["he", "yi"], told: [], tell: undecided },
  { script: /\p{Script=Greek}/u, languages: ["el"], told: [], tell: undecided },
  { script: /\p{Script=Armenian}/u, languages: ["hy"], told: [], tell: undecided },
  { script: /\p{Script=Georgian}/u, languages: ["ka"], told: [], tell: undecided },
  { script: /\p{Script=Devanagari}/u, languages: ["hi", "mr", "ne"], told: [], tell: undecided },
  { script: /\p{Script=Bengali}/u, languages: ["bn", "as"], told: [], tell: undecided },
  { script: /\p{Script=Thai}/u, languages: ["th"], told: [], tell: undecided },
  { script: /\p{Script=Hangul}/u, languages: ["ko"], told: [], tell: undecided },
  {
    script: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
    languages: ["zh", "ja"],
    told: ["zh", "ja"],
    tell: (letters) => (letters.kana > 0 ? "ja" : "zh"),
  },
  LATIN,
];

// Each code point's class, in the bits of one number read from the rules' own regexes the first time
// the code point is seen: its script (index in SCRIPTS + 1, 0 for none), which of the letter features
// above it has (a letter has at most one), and what the prose scan below must notice. Whitespace,
// which ends the scan's tokens, is read with isWhitespaceCode where a token matters.
const SCRIPT_BITS = 0xf;
const FEATURE_SHIFT = 4;
const FEATURE_BITS = 0x7 << FEATURE_SHIFT;
const FEATURES: readonly (readonly [keyof Letters, RegExp])[] = [
  ["urdu", URDU_LETTERS],
  ["persian", PERSIAN_LETTERS],
  ["arabic", ARABIC_LETTERS],
  ["ukrainian", UKRAINIAN_LETTERS],
  ["kana", KANA],
];
/** "#", "@", "/" and ".": every NOT_PROSE match holds one (see `tallyProse`). */
const LINK_SIGN = 1 << 8;
/** A code point past U+FFFF: two UTF-16 units. */
const ASTRAL = 1 << 9;
/** The first half of a surrogate pair: its code point is read with the second. */
const HIGH_SURROGATE = 1 << 10;
/** What sends a code unit off the quick path of the scan (UNCLASSIFIED has them all). */
const SPECIAL_BITS = LINK_SIGN | ASTRAL | HIGH_SURROGATE;
const UNCLASSIFIED = 0xffff;

const BMP_CLASSES = new Uint16Array(0x10000).fill(UNCLASSIFIED);
const ASTRAL_CLASSES = new Map<number, number>();

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  let bits = SCRIPTS.findIndex((rule) => rule.script.test(char)) + 1;
  const feature = FEATURES.findIndex(([, pattern]) => pattern.test(char)) + 1;
  bits |= feature << FEATURE_SHIFT;
  if (/[#@/.]/u.test(char)) bits |= LINK_SIGN;
  if (codePoint >= 0xd800 && codePoint <= 0xdbff) bits |= HIGH_SURROGATE;
  return bits;
}

function astralClass(codePoint: number): number {
  let bits = ASTRAL_CLASSES.get(codePoint);
  if (bits === undefined) {
    bits = classify(codePoint) | ASTRAL;
    ASTRAL_CLASSES.set(codePoint, bits);
  }
  return bits;
}

const featureIndex = (name: keyof Letters) => FEATURES.findIndex(([feature]) => feature === name) + 1;
const URDU = featureIndex("urdu");
const PERSIAN = featureIndex("persian");
const ARABIC = featureIndex("arabic");
const UKRAINIAN = featureIndex("ukrainian");
const KANA_FEATURE = featureIndex("kana");

/**
 * Letters counted per script (index 0: no script), in UTF-16 units as strings of them would be, and
 * per feature (index 0: none). One tally serves every call: allocating typed arrays costs more than
 * clearing them.
 */
class Tally implements Letters {
  readonly scripts = new Int32Array(SCRIPT_BITS + 1);
  readonly features = new Int32Array((FEATURE_BITS >> FEATURE_SHIFT) + 1);

  get urdu(): number {
    return this.features[URDU] ?? 0;
  }
  get persian(): number {
    return this.features[PERSIAN] ?? 0;
  }
  get arabic(): number {
    return this.features[ARABIC] ?? 0;
  }
  get ukrainian(): number {
    return this.features[UKRAINIAN] ?? 0;
  }
  get kana(): number {
    return this.features[KANA_FEATURE] ?? 0;
  }

  /** Back to no letters. */
  clear(): Tally {
    this.scripts.fill(0);
    this.features.fill(0);
    return this;
  }

  /** Counts a code point of class `bits`, or takes it back off with `sign` -1. */
  count(bits: number, sign: number): void {
    const script = bits & SCRIPT_BITS;
    if (script === 0) return;
    this.scripts[script]! += bits & ASTRAL ? 2 * sign : sign;
    this.features[(bits & FEATURE_BITS) >> FEATURE_SHIFT]! += sign;
  }

  /** Counts text[from, to), or takes it back off with `sign` -1. */
  add(text: string, from: number, to: number, sign: number): void {
    for (let i = from; i < to; ) {
      const bits = classAt(text, i);
      this.count(bits, sign);
      i += bits & ASTRAL ? 2 : 1;
    }
  }
}

/** The class of the code point at `i` (a lone surrogate is a code point of its own). */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const codePoint = text.codePointAt(i) ?? code;
    if (codePoint > 0xffff) return astralClass(codePoint);
  }
  let bits = BMP_CLASSES[code] ?? UNCLASSIFIED;
  if (bits === UNCLASSIFIED) {
    bits = classify(code);
    BMP_CLASSES[code] = bits;
  }
  return bits;
}

const DOT = 0x2e;

function isW(code: number): boolean {
  return code === 0x77 || code === 0x57;
}

/** Whether the "." at `i` ends a "www." (three w's are no whitespace: they lie in the dot's token). */
function endsWww(text: string, i: number): boolean {
  return i >= 3 && isW(text.charCodeAt(i - 1)) && isW(text.charCodeAt(i - 2)) && isW(text.charCodeAt(i - 3));
}

/** Where the whitespace-delimited token holding `i` starts. */
function tokenStartOf(text: string, i: number): number {
  let start = i;
  while (start > 0 && !isWhitespaceCode(text.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * Counts the letters of the text's prose: the text with NOT_PROSE matches taken out. A match never
 * spans whitespace, so it lies in one whitespace-delimited token, and the token alone gives the same
 * matches (\b at its start sees whitespace or the text's start either way). Every match holds a "#",
 * an "@", a "/" or a "www." (in any case), so only the rare tokens with one go through the regex: its
 * letters counted so far are taken back, and those of its prose counted instead.
 */
function tallyProse(text: string, tally: Tally): Tally {
  const { scripts, features } = tally;
  for (let i = 0; i < text.length; ) {
    // Nearly every code unit is a letter of a script, a space or punctuation, and needs no more than
    // counting: index 0 of both counts what is no letter, or has no feature (whitespace too).
    const known = BMP_CLASSES[text.charCodeAt(i)]!;
    if ((known & SPECIAL_BITS) === 0) {
      scripts[known & SCRIPT_BITS]! += 1;
      features[known >> FEATURE_SHIFT]! += 1;
      i++;
      continue;
    }
    const bits = classAt(text, i);
    if (bits & LINK_SIGN && (text.charCodeAt(i) !== DOT || endsWww(text, i))) {
      const tokenStart = tokenStartOf(text, i);
      let end = i + 1;
      while (end < text.length && !isWhitespaceCode(text.charCodeAt(end))) end++;
      tally.add(text, tokenStart, i, -1);
      const prose = text.slice(tokenStart, end).replace(NOT_PROSE, " ");
      tally.add(prose, 0, prose.length, 1);
      i = end;
      continue;
    }
    tally.count(bits, 1);
    i += bits & ASTRAL ? 2 : 1;
  }
  return tally;
}

function primarySubtag(language: string): string {
  const dash = language.indexOf("-");
  return (dash === -1 ? language : language.slice(0, dash)).toLowerCase();
}

/** Whether the channel's language is written in the rule's script; Latin takes every language no other script claims. */
function writes(rule: ScriptRule, channel: string): boolean {
  if (rule.languages.includes(channel)) return true;
  return rule === LATIN && channel !== "" && !SCRIPTS.some((other) => other.languages.includes(channel));
}

/**
 * The script with most letters picks the language. If the channel writes that script and its language
 * is not one the letters can tell apart (French on Latin, Kurdish on Arabic script), the channel's
 * language is kept; otherwise the letters decide, then the channel, then the script's default.
 */
export function detectLanguage(text: string, channelLanguage: string): string {
  return detectLanguageOfParts([text], channelLanguage);
}

/**
 * detectLanguage of the parts joined by line breaks, without joining them: a line break ends a token,
 * so each part counts alone (and reading a joined string, not yet flat, costs more per character).
 */
const sharedTally = new Tally();

export function detectLanguageOfParts(parts: readonly string[], channelLanguage: string): string {
  const tally = sharedTally.clear();
  for (const part of parts) tallyProse(part, tally);
  // The first script with most letters, as SCRIPTS orders them.
  let best = 0;
  let most = 0;
  for (let script = 1; script <= SCRIPTS.length; script++) {
    const count = tally.scripts[script] ?? 0;
    if (count > most) {
      best = script;
      most = count;
    }
  }
  const rule = SCRIPTS[best - 1];
  if (!rule) return channelLanguage;
  const channel = primarySubtag(channelLanguage);
  const channelWrites = writes(rule, channel);
  if (channelWrites && !rule.told.includes(channel)) return channelLanguage;
  return rule.tell(tally) ?? (channelWrites ? channelLanguage : (rule.languages[0] ?? channelLanguage));
}

export function directionOf(language: string): Direction {
  return RTL_LANGUAGES.has(primarySubtag(language)) ? "rtl" : "ltr";
}
