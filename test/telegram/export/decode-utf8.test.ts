// decodeUtf8 must give exactly the string Buffer#toString gives for valid UTF-8, and refuse the rest.
import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../../src/telegram/export/decode-utf8.js";
import { seededRandom as seeded } from "../../articles/test-strings.js";

const TEXTS = [
  "",
  '{"id":1,"type":"message","text":"plain ASCII"}',
  "عاجل: انقطاع الكهرباء في الكرخ",
  "Срочно: мост закрыт 🚧",
  "家族 👨‍👩‍👧 𝄞 4-byte characters and a zero-width joiner",
  "Latin-1 only: café, Größe, ñ",
  "\ufeffa byte order mark, \u2028 separators \u2029, \u0000 NUL, \uffff and \ud7ff",
];

/** Every code point class: ASCII, 2-, 3- and 4-byte sequences, around the surrogate range. */
function randomText(random: () => number, length: number): string {
  const ranges = [
    [0x00, 0x7f],
    [0x80, 0x7ff],
    [0x800, 0xd7ff],
    [0xe000, 0xffff],
    [0x10000, 0x10ffff],
  ] as const;
  let text = "";
  for (let i = 0; i < length; i++) {
    const [low, high] = ranges[Math.floor(random() * ranges.length)] ?? ranges[0];
    text += String.fromCodePoint(low + Math.floor(random() * (high - low + 1)));
  }
  return text;
}

describe("decodeUtf8", () => {
  it("gives the same string as Buffer#toString", () => {
    for (const text of TEXTS) {
      const bytes = Buffer.from(text);
      expect(decodeUtf8(bytes)).toBe(bytes.toString("utf8"));
    }
    const random = seeded(20);
    for (let i = 0; i < 500; i++) {
      const bytes = Buffer.from(randomText(random, Math.floor(random() * 300)));
      expect(decodeUtf8(bytes)).toBe(bytes.toString("utf8"));
    }
  });

  it("decodes a view into a larger buffer, at any alignment", () => {
    const bytes = Buffer.from(`xyz${TEXTS[3]}xyz`);
    for (let start = 0; start < 4; start++) {
      const view = bytes.subarray(start, bytes.length - 3);
      expect(decodeUtf8(view)).toBe(view.toString("utf8"));
    }
  });

  it("refuses invalid UTF-8: stray, overlong, surrogate, out-of-range and cut sequences", () => {
    for (const bad of [
      [0x80],
      [0xff],
      [0xc0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0x41, 0xe2, 0x82],
    ]) {
      expect(decodeUtf8(Buffer.from([0x7b, ...bad, 0x7d]))).toBeUndefined();
    }
  });
});
