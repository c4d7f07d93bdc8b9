// The language of a post, from the scripts its letters are written in. Script counts are reliable on
// the short texts channels post, where word-frequency detectors guess; where a script serves several
// languages we cannot tell apart, the channel's own language decides.
import type { Direction } from "./types.js";

/** Languages written right to left (the channel's language may be any of them). */
const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug", "syr"]);

/** Text that says nothing about the language: links, e-mail addresses, hashtags, mentions. */
const NOT_PROSE = /(?:https?:\/\/|www\.|tg:\/\/)\S+|\S+@\S+\.\S+|[#@][\p{L}\p{M}\p{N}_]+|\bt\.me\/\S*/giu;

interface ScriptRule {
  script: RegExp;
  /** Languages commonly written in the script; the first is the default. */
  languages: readonly string[];
  /** The languages `tell` can tell apart; others of the script are left to the channel's setting. */
  told: readonly string[];
  /** The language the letters show, or null when they do not say. */
  tell: (letters: string) => string | null;
}

/** Letters of Persian missing from Arabic: پ چ ژ گ and the Persian forms of kaf and yeh. */
const PERSIAN_LETTERS = /[پچژگکی]/gu;
/** Letters of Arabic missing from Persian: teh marbuta, the Arabic forms of yeh and kaf, alef maksura. */
const ARABIC_LETTERS = /[ةيكى]/gu;
/** Letters only Urdu has among the three: tteh, ddal, rreh, noon ghunna, yeh barree. */
const URDU_LETTERS = /[ٹڈڑںے]/u;
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function tellArabicScript(letters: string): string | null {
  if (URDU_LETTERS.test(letters)) return "ur";
  const persian = count(letters, PERSIAN_LETTERS);
  const arabic = count(letters, ARABIC_LETTERS);
  if (persian === arabic) return null;
  return persian > arabic ? "fa" : "ar";
}

const undecided = () => null;

const LATIN: ScriptRule = { script: /\p{Script=Latin}/gu, languages: ["en"], told: [], tell: undecided };

const SCRIPTS: readonly ScriptRule[] = [
  {
    script: /\p{Script=Arabic}/gu,
    languages: ["ar", "fa", "ur", "ps", "ckb", "sd", "ug"],
    told: ["ar", "fa", "ur"],
    tell: tellArabicScript,
  },
  {
    script: /\p{Script=Cyrillic}/gu,
    languages: ["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"],
    told: ["ru", "uk"],
    tell: (letters) => (UKRAINIAN_LETTERS.test(letters) ? "uk" : "ru"),
  },
  { script: /\p{Script=Hebrew}/gu, languages: ["he", "yi"], told: [], tell: undecided },
  { script: /\p{Script=Greek}/gu, languages: ["el"], told: [], tell: undecided },
  { script: /\p{Script=Armenian}/gu, languages: ["hy"], told: [], tell: undecided },
  { script: /\p{Script=Georgian}/gu, languages: ["ka"], told: [], tell: undecided },
  { script: /\p{Script=Devanagari}/gu, languages: ["hi", "mr", "ne"], told: [], tell: undecided },
  { script: /\p{Script=Bengali}/gu, languages: ["bn", "as"], told: [], tell: undecided },
  { script: /\p{Script=Thai}/gu, languages: ["th"], told: [], tell: undecided },
  { script: /\p{Script=Hangul}/gu, languages: ["ko"], told: [], tell: undecided },
  {
    script: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu,
    languages: ["zh", "ja"],
    told: ["zh", "ja"],
    tell: (letters) => (KANA.test(letters) ? "ja" : "zh"),
  },
  LATIN,
];

function primarySubtag(language: string): string {
  return language.split("-")[0]?.toLowerCase() ?? "";
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
  const prose = text.replace(NOT_PROSE, " ");
  let best: { rule: ScriptRule; letters: string } | null = null;
  for (const rule of SCRIPTS) {
    const letters = prose.match(rule.script)?.join("") ?? "";
    if (letters.length > (best?.letters.length ?? 0)) best = { rule, letters };
  }
  if (!best) return channelLanguage;
  const channel = primarySubtag(channelLanguage);
  const channelWrites = writes(best.rule, channel);
  if (channelWrites && !best.rule.told.includes(channel)) return channelLanguage;
  return (
    best.rule.tell(best.letters) ??
    (channelWrites ? channelLanguage : (best.rule.languages[0] ?? channelLanguage))
  );
}

export function directionOf(language: string): Direction {
  return RTL_LANGUAGES.has(primarySubtag(language)) ? "rtl" : "ltr";
}
