// Test support: seeded random text of the kinds channels post (Arabic with harakat and kashida, Persian,
// Urdu, Cyrillic, Greek, emoji sequences, astral letters, lone surrogates, odd whitespace, links,
// mentions, hashtags), for checking fast code against its plain definition on many inputs.

export type Random = () => number;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): Random {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "officials",
  "said",
  "The",
  "Ministry",
  "Baghdad",
  "JOIN",
  "us",
  "Mr.",
  "U.S.",
  "e.g.",
  "24/7",
  "3.5",
  "قال",
  "مسؤول",
  "الوزارة",
  "بغداد",
  "الناس",
  "أخبارنا",
  "دائماً",
  "مُحَمَّد",
  "كـــتاب",
  "إن",
  "ؤ",
  "ئ",
  "ة",
  "ى",
  "ي",
  "ك",
  "پ",
  "چ",
  "ژ",
  "گ",
  "ک",
  "ی",
  "ٹ",
  "ں",
  "ے",
  "ۀ",
  "ٵ",
  "ﻻ",
  "ﷺ",
  "Привет",
  "їжак",
  "Ґ",
  "Σίσυφος",
  "ΣΑΣ",
  "İstanbul",
  "ﬁnance",
  "½",
  "²",
  "Ⅻ",
  "ǅ",
  "ß",
  "K",
  "ſ",
  "㎏",
  "℃",
  "東京",
  "ニュース",
  "한국어",
  "שלום",
  "हिन्दी",
  "𝐀𝐁𝐂",
  "𠀀",
  "🄰",
  "🅰️",
  "🔴",
  "⚡️",
  "👈",
  "👨‍👩‍👧",
  "🇮🇶",
  "✅",
  "▪",
  "•",
  "|",
  "–",
  "—",
  "-",
  ":",
  ".",
  ",",
  "،",
  "؛",
  "؟",
  "۔",
  "!",
  "…",
  "«",
  "»",
  "“",
  "”",
  "'",
  "’",
  '"',
  "&",
  "<",
  ">",
  "#",
  "#Iraq",
  "#العراق",
  "#123",
  "@people_news",
  "a@b.c",
  "mail@example.org",
  "t.me/people_news",
  "T.ME/x",
  "https://t.me/s/people_news/",
  "www.Example.com",
  "WWW.X.ORG",
  "http://example.org/a#b",
  "tg://resolve?domain=x",
  "att.me/x",
  "\u0640",
  "\u064B",
  "\u0301",
  "e\u0301",
  "\uFE0F",
  "\u200D",
  "\u200C",
  "\u200F",
  "\uD800",
  "\uDC00",
  "\u00AD",
  "٣٤٥",
];
const SPACES = [" ", " ", " ", " ", "  ", "\t", "\u00A0", "\u3000", "\u2028", "\n", "\n\n", " \n ", "\u202F"];

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** About `words` pieces of text joined by assorted whitespace. */
export function randomText(random: Random, words: number): string {
  let text = "";
  for (let i = 0; i < words; i++) text += (i > 0 ? pick(random, SPACES) : "") + pick(random, PIECES);
  return text;
}

/**
 * normalizeLine's definition, written apart from its code (normalize-line.ts) so that tests check the
 * fast path against it: lower case, compatibility-decomposed, no marks or tatweel, runs of non-letters
 * as one space, trimmed.
 */
export function normalizedByDefinition(line: string): string {
  return line
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/\u0640/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Fewer than `maxPieces` of `pieces`, each picked at random, joined: edge cases a test chooses itself. */
export function textOfPieces(random: Random, pieces: readonly string[], maxPieces: number): string {
  return Array.from({ length: Math.floor(random() * maxPieces) }, () => pick(random, pieces)).join("");
}

/** Random texts of 0 to `maxWords` pieces. */
export function randomTexts(seed: number, count: number, maxWords = 40): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => randomText(random, Math.floor(random() * (maxWords + 1))));
}
