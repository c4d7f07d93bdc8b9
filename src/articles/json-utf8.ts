// JSON written straight as UTF-8 bytes: exactly the bytes of Buffer.from(JSON.stringify(value)), without
// the JSON string (which the stringifier builds slowly from two-byte text such as Arabic) and without
// the UTF-8 encoding pass after it. The content hash reads every article's body through here.
import { CodeUnits } from "./code-units.js";

/** Bytes a UTF-16 unit can take at most: a control character or lone surrogate as "\u001f". */
const MAX_BYTES_PER_UNIT = 6;
const QUOTE = 0x22;
const NEWLINE = 0x0a;
/** Shorter lines cost more to look for than to encode. */
const SHARED_LINE_MIN = 16;
const BACKSLASH = 0x5c;
const HEX_DIGITS = "0123456789abcdef";

/**
 * What JSON.stringify writes for each code unit below 0x80: the character itself, or its escape. The
 * short escapes (\b \t \n \f \r \" \\) and "\u00XX" with lower-case hex are ECMA-262's
 * QuoteJSONString (https://tc39.es/ecma262/#sec-quotejsonstring).
 */
const ASCII_ESCAPES: readonly (string | null)[] = Array.from({ length: 0x80 }, (_, code) => {
  const escaped = JSON.stringify(String.fromCharCode(code)).slice(1, -1);
  return escaped.length === 1 ? null : escaped;
});

/**
 * For each code unit below 0x800 (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic): its first UTF-8
 * byte, and in the high byte how many bytes it takes (1 or 2); 0 for ASCII that JSON escapes. Text
 * mixing ASCII spaces with two-byte letters then goes through the loop without a branch per unit.
 */
const SHORT_UTF8 = Uint16Array.from({ length: 0x800 }, (_, code) => {
  if (code >= 0x80) return (2 << 8) | 0xc0 | (code >> 6);
  return ASCII_ESCAPES[code] === null ? (1 << 8) | code : 0;
});

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Whether units[start, end) is worth looking for and gives the same bytes wherever it stands: long
 * enough, and not starting with the second half of a surrogate pair or ending with the first.
 */
function isSharable(units: Uint16Array, start: number, end: number): boolean {
  return (
    end - start >= SHARED_LINE_MIN &&
    !isLowSurrogate(units[start] ?? 0) &&
    !isHighSurrogate(units[end - 1] ?? 0)
  );
}

/** A reusable buffer that JSON text is appended to; `bytes()` is valid until the next `reset()`. */
export class Utf8JsonWriter {
  private buffer = new Uint8Array(1 << 14);
  private length = 0;
  /** The code units of the string being written (see code-units.ts). */
  private readonly units = new CodeUnits();
  /** The string last written by `stringRemembered`, and where each of its code points' bytes start. */
  private remembered = "";
  private starts = new Uint32Array(1 << 12);

  reset(): void {
    this.length = 0;
    // What stringSharing copies from must have been written since.
    this.remembered = "";
  }

  /** The bytes written since the last reset (a view of the buffer, not a copy). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** Appends ASCII text as it is: punctuation, keys already quoted, `null`. */
  ascii(text: string): void {
    const buffer = this.room(text.length);
    let at = this.length;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** Appends JSON.stringify(value) as UTF-8: quoted, escaped, lone surrogates as "\udXXX". */
  string(value: string): void {
    const buffer = this.room(value.length * MAX_BYTES_PER_UNIT + 2);
    buffer[this.length] = QUOTE;
    const at = this.encode(this.units.of(value), 0, value.length, this.length + 1, null);
    buffer[at] = QUOTE;
    this.length = at + 1;
  }

  /**
   * `string`, remembering where the bytes of each code unit went, for `stringSharing` to copy: an
   * article's body text is its HTML without the tags, and encoding it a second time costs more than
   * finding its lines in the HTML.
   */
  stringRemembered(value: string): void {
    const buffer = this.room(value.length * MAX_BYTES_PER_UNIT + 2);
    if (this.starts.length <= value.length) this.starts = new Uint32Array(2 * value.length + 1);
    buffer[this.length] = QUOTE;
    const at = this.encode(this.units.of(value), 0, value.length, this.length + 1, this.starts);
    this.starts[value.length] = at;
    this.remembered = value;
    buffer[at] = QUOTE;
    this.length = at + 1;
  }

  /**
   * `string`, copying the bytes of each line of `value` (at least SHARED_LINE_MIN units long) that
   * occurs, in order, in the string last written by `stringRemembered`. Escaping works unit by unit,
   * so equal text gives equal bytes, save for a surrogate pair cut at the line's edge: such lines,
   * and lines not found, are encoded.
   */
  stringSharing(value: string): void {
    const buffer = this.room(value.length * MAX_BYTES_PER_UNIT + 2);
    const units = this.units.of(value);
    const source = this.remembered;
    let at = this.length;
    buffer[at++] = QUOTE;
    let searchFrom = 0;
    for (let start = 0; ; ) {
      const newline = value.indexOf("\n", start);
      const end = newline === -1 ? value.length : newline;
      const found = isSharable(units, start, end) ? source.indexOf(value.slice(start, end), searchFrom) : -1;
      if (found === -1) at = this.encode(units, start, end, at, null);
      else {
        const from = this.starts[found] ?? 0;
        const to = this.starts[found + end - start] ?? 0;
        buffer.copyWithin(at, from, to);
        at += to - from;
        searchFrom = found + end - start;
      }
      if (newline === -1) break;
      at = this.escape(buffer, at, NEWLINE);
      start = newline + 1;
    }
    buffer[at++] = QUOTE;
    this.length = at;
  }

  /**
   * Writes units[from, to) escaped as UTF-8 at `at` (room made by the caller); returns where it
   * ended. With `starts`, records where each code point's bytes start, by the index of its first unit.
   */
  private encode(
    units: Uint16Array,
    from: number,
    to: number,
    at: number,
    starts: Uint32Array | null,
  ): number {
    const buffer = this.buffer;
    for (let i = from; i < to; i++) {
      if (starts !== null) starts[i] = at;
      const code = units[i] ?? 0;
      if (code < 0x800) {
        const short = SHORT_UTF8[code] ?? 0;
        if (short === 0) {
          at = this.escape(buffer, at, code);
          continue;
        }
        // The second byte is written for one-byte units too, and overwritten by the next unit (room
        // for MAX_BYTES_PER_UNIT per unit is made by the callers).
        buffer[at] = short & 0xff;
        buffer[at + 1] = 0x80 | (code & 0x3f);
        at += short >> 8;
      } else if (code < 0xd800 || code > 0xdfff) {
        buffer[at++] = 0xe0 | (code >> 12);
        buffer[at++] = 0x80 | ((code >> 6) & 0x3f);
        buffer[at++] = 0x80 | (code & 0x3f);
      } else {
        const next = i + 1 < to ? (units[i + 1] ?? 0) : 0;
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const codePoint = ((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
          buffer[at++] = 0xf0 | (codePoint >> 18);
          buffer[at++] = 0x80 | ((codePoint >> 12) & 0x3f);
          buffer[at++] = 0x80 | ((codePoint >> 6) & 0x3f);
          buffer[at++] = 0x80 | (codePoint & 0x3f);
          i++;
        } else {
          // A lone surrogate: well-formed JSON.stringify (ES2019) escapes it rather than write invalid UTF-16.
          at = this.unicodeEscape(buffer, at, code);
        }
      }
    }
    return at;
  }

  private escape(buffer: Uint8Array, at: number, code: number): number {
    const escaped = ASCII_ESCAPES[code] ?? "";
    for (let k = 0; k < escaped.length; k++) buffer[at + k] = escaped.charCodeAt(k);
    return at + escaped.length;
  }

  private unicodeEscape(buffer: Uint8Array, at: number, code: number): number {
    buffer[at] = BACKSLASH;
    buffer[at + 1] = 0x75; // "u"
    for (let k = 0; k < 4; k++) buffer[at + 2 + k] = HEX_DIGITS.charCodeAt((code >> (12 - 4 * k)) & 0xf);
    return at + 6;
  }

  /** The buffer, grown to hold `bytes` more than are written (keeping those). */
  private room(bytes: number): Uint8Array {
    const needed = this.length + bytes;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    return this.buffer;
  }
}
