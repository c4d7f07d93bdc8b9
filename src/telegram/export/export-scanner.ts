// A byte-level scanner for the top-level object of a Telegram Desktop result.json. Exports reach gigabytes,
// so the file is never parsed whole: small top-level values are handed over as their bytes, the elements of
// the one streamed array (`messages`) one at a time, each as the exact bytes of its source text. Working on
// bytes (not decoded text) keeps positions exact and lets a UTF-8 sequence fall across a chunk boundary:
// only complete slices are decoded, by the caller.
//
// Inside a value the scanner tracks only strings and bracket depth; JSON.parse of the slice checks the rest.
// Strings are skipped with Buffer#indexOf for the closing quote (native, several times faster than a byte
// loop), then the run of backslashes before that quote decides whether it is escaped.
import { ExportFormatError } from "./export-format-error.js";

/** No Telegram message comes near this (texts are capped at 4096 characters); a value this big means an
 * unclosed string or bracket, and refusing it keeps memory bounded. */
export const MAX_VALUE_BYTES = 16 * 1024 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

// Where the scanner is, outside values.
const BEFORE_ROOT = 0;
const ROOT_OPEN = 1; // after "{": a key or "}"
const ROOT_NEXT_KEY = 2; // after ",": a key
const AFTER_KEY = 3; // ":"
const BEFORE_VALUE = 4;
const AFTER_VALUE = 5; // "," or "}"
const ARRAY_OPEN = 6; // after "[": an element or "]"
const ARRAY_NEXT = 7; // after ",": an element
const AFTER_ELEMENT = 8; // "," or "]"
const DONE = 9;
const IN_VALUE = 10;

// What a value in progress is for.
const FOR_KEY = 0;
const FOR_CAPTURE = 1;
const FOR_SKIP = 2;
const FOR_ELEMENT = 3;

// The value's syntax.
const COMPOSITE = 0;
const STRING = 1;
const PRIMITIVE = 2;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

export type KeyAction = "stream" | "capture" | "skip";

export interface ScannerHandlers {
  /** A top-level key was read; may throw to refuse it. */
  onKey(key: string, position: number): KeyAction;
  /** A captured top-level value. */
  onValue(key: string, bytes: Buffer, position: number): void;
  /** An element of the streamed array. */
  onElement(bytes: Buffer, position: number, ordinal: number): void;
}

export class ExportScanner {
  private state = BEFORE_ROOT;
  /** Absolute position of the current chunk's first byte. */
  offset = 0;
  private key = "";
  private keyAction: KeyAction = "skip";
  /** Elements of the streamed array met so far. */
  private ordinal = 0;
  // The value in progress.
  private purpose = FOR_SKIP;
  private syntax = COMPOSITE;
  private valueStart = 0;
  private depth = 0;
  private inString = false;
  /** Parity of the backslash run that ended the previous chunk inside a string. */
  private backslashCarry = 0;
  /** Earlier chunks' parts of the value in progress. */
  private pieces: Buffer[] = [];
  private pieceBytes = 0;
  /** Index in the current chunk where the value in progress (or its continuation) starts. */
  private pieceStart = 0;

  /** @param fileLabel names the file in error messages */
  constructor(
    private readonly handlers: ScannerHandlers,
    private readonly fileLabel: string,
  ) {}

  push(chunk: Buffer): void {
    const n = chunk.length;
    let i = 0;
    this.pieceStart = 0;
    while (i < n) {
      if (this.state === IN_VALUE) {
        i = this.continueValue(chunk, i);
        continue;
      }
      const c = chunk[i]!;
      i = isWhitespace(c) ? i + 1 : this.structural(chunk, i, c);
    }
    this.offset += n;
  }

  /** Call at end of file: a file that stops before the top-level object is closed is truncated. */
  finish(): void {
    if (this.state === DONE) return;
    const at = this.offset;
    if (this.state === IN_VALUE && this.purpose === FOR_ELEMENT) {
      throw this.error(
        `unexpected end of file at byte ${at} (inside message ${this.ordinal}, which starts at byte ${this.valueStart}): the file is truncated`,
        at,
      );
    }
    if (at === 0) throw this.error("the file is empty", 0);
    const where =
      this.state === ARRAY_OPEN || this.state === ARRAY_NEXT || this.state === AFTER_ELEMENT
        ? `after message ${this.ordinal}`
        : "in the top-level object";
    throw this.error(`unexpected end of file at byte ${at} (${where}): the file is truncated`, at);
  }

  /** One significant byte outside any value; returns the index of the next byte to look at. */
  private structural(chunk: Buffer, i: number, c: number): number {
    switch (this.state) {
      case BEFORE_ROOT:
        if (this.offset + i < UTF8_BOM.length && c === UTF8_BOM[this.offset + i]) return i + 1;
        if (c !== OPEN_BRACE) throw this.unexpected(chunk, i, 'the "{" that opens a Telegram export');
        this.state = ROOT_OPEN;
        return i + 1;
      case ROOT_OPEN:
        if (c === CLOSE_BRACE) return this.endRoot(i);
        return this.beginKey(chunk, i, c);
      case ROOT_NEXT_KEY:
        return this.beginKey(chunk, i, c);
      case AFTER_KEY:
        if (c !== COLON) throw this.unexpected(chunk, i, '":"');
        this.state = BEFORE_VALUE;
        return i + 1;
      case BEFORE_VALUE:
        return this.beginTopLevelValue(chunk, i, c);
      case AFTER_VALUE:
        if (c === COMMA) {
          this.state = ROOT_NEXT_KEY;
          return i + 1;
        }
        if (c === CLOSE_BRACE) return this.endRoot(i);
        throw this.unexpected(chunk, i, '"," or "}"');
      case ARRAY_OPEN:
        if (c === CLOSE_BRACKET) return this.endArray(i);
        return this.beginElement(chunk, i, c);
      case ARRAY_NEXT:
        return this.beginElement(chunk, i, c);
      case AFTER_ELEMENT:
        if (c === COMMA) {
          this.state = ARRAY_NEXT;
          return i + 1;
        }
        if (c === CLOSE_BRACKET) return this.endArray(i);
        throw this.unexpected(chunk, i, `"," or "]" after message ${this.ordinal}`);
      default:
        throw this.error(
          `unexpected data after the end of the top-level object at byte ${this.offset + i}`,
          this.offset + i,
        );
    }
  }

  private beginKey(chunk: Buffer, i: number, c: number): number {
    if (c !== QUOTE) throw this.unexpected(chunk, i, "a quoted key");
    return this.beginValue(FOR_KEY, STRING, chunk, i);
  }

  private beginTopLevelValue(chunk: Buffer, i: number, c: number): number {
    if (this.keyAction === "stream") {
      if (c !== OPEN_BRACKET) throw this.unexpected(chunk, i, `the "[" that opens the "${this.key}" array`);
      this.state = ARRAY_OPEN;
      return i + 1;
    }
    const purpose = this.keyAction === "capture" ? FOR_CAPTURE : FOR_SKIP;
    return this.beginValue(purpose, this.syntaxOf(chunk, i, c), chunk, i);
  }

  private beginElement(chunk: Buffer, i: number, c: number): number {
    if (c !== OPEN_BRACE)
      throw this.unexpected(chunk, i, `a message object (element ${this.ordinal + 1} of "${this.key}")`);
    this.ordinal++;
    return this.beginValue(FOR_ELEMENT, COMPOSITE, chunk, i);
  }

  private endArray(i: number): number {
    this.state = AFTER_VALUE;
    return i + 1;
  }

  private endRoot(i: number): number {
    this.state = DONE;
    return i + 1;
  }

  private syntaxOf(chunk: Buffer, i: number, c: number): number {
    if (c === OPEN_BRACE || c === OPEN_BRACKET) return COMPOSITE;
    if (c === QUOTE) return STRING;
    // numbers, true, false, null
    if (c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) return PRIMITIVE;
    throw this.unexpected(chunk, i, "a JSON value");
  }

  /**
   * @param i index of the value's first byte in the chunk
   * @returns index of the next byte to look at
   */
  private beginValue(purpose: number, syntax: number, chunk: Buffer, i: number): number {
    this.state = IN_VALUE;
    this.purpose = purpose;
    this.syntax = syntax;
    this.valueStart = this.offset + i;
    this.pieceStart = i;
    this.pieces = [];
    this.pieceBytes = 0;
    this.depth = 0;
    this.inString = syntax === STRING;
    this.backslashCarry = 0;
    // A string's opening quote is consumed here (even when it is the chunk's last byte, the piece from i is
    // kept); a composite's opening bracket is counted by scanComposite.
    return this.continueValue(chunk, syntax === STRING ? i + 1 : i);
  }

  private continueValue(chunk: Buffer, i: number): number {
    const end =
      this.syntax === COMPOSITE
        ? this.scanComposite(chunk, i)
        : this.syntax === STRING
          ? this.scanString(chunk, i)
          : this.scanPrimitive(chunk, i);
    if (end < 0) {
      if (this.purpose !== FOR_SKIP) this.keepPiece(chunk.subarray(this.pieceStart));
      return chunk.length;
    }
    this.completeValue(chunk, end);
    return end;
  }

  /** @param end index just after the value's last byte */
  private completeValue(chunk: Buffer, end: number): void {
    const purpose = this.purpose;
    if (purpose === FOR_SKIP) {
      this.state = AFTER_VALUE;
      return;
    }
    this.keepPiece(chunk.subarray(this.pieceStart, end));
    const bytes = this.pieces.length === 1 ? this.pieces[0]! : Buffer.concat(this.pieces);
    this.pieces = [];
    if (purpose === FOR_ELEMENT) {
      this.state = AFTER_ELEMENT;
      this.handlers.onElement(bytes, this.valueStart, this.ordinal);
    } else if (purpose === FOR_KEY) {
      this.key = this.decodeKey(bytes);
      this.state = AFTER_KEY;
      this.keyAction = this.handlers.onKey(this.key, this.valueStart);
    } else {
      this.state = AFTER_VALUE;
      this.handlers.onValue(this.key, bytes, this.valueStart);
    }
  }

  private keepPiece(piece: Buffer): void {
    this.pieceBytes += piece.length;
    if (this.pieceBytes > MAX_VALUE_BYTES) {
      const what = this.purpose === FOR_ELEMENT ? `message ${this.ordinal}` : `the value of "${this.key}"`;
      throw this.error(
        `${what}, which starts at byte ${this.valueStart}, exceeds ${MAX_VALUE_BYTES} bytes: the file is damaged (an unclosed string or bracket?)`,
        this.valueStart,
      );
    }
    this.pieces.push(piece);
  }

  private decodeKey(bytes: Buffer): string {
    try {
      return JSON.parse(bytes.toString("utf8")) as string;
    } catch (cause) {
      throw this.error(`invalid key at byte ${this.valueStart}: ${String(cause)}`, this.valueStart, cause);
    }
  }

  /**
   * Scans an object or array up to its closing bracket.
   * @returns index after the value, or -1 when it continues in the next chunk
   */
  private scanComposite(chunk: Buffer, i: number): number {
    if (this.inString) {
      i = this.scanString(chunk, i);
      if (i < 0) return -1;
    }
    const n = chunk.length;
    let depth = this.depth;
    while (i < n) {
      const c = chunk[i];
      if (c === QUOTE) {
        this.inString = true;
        this.backslashCarry = 0;
        i = this.scanString(chunk, i + 1);
        if (i < 0) {
          this.depth = depth;
          return -1;
        }
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) {
          this.depth = 0;
          return i + 1;
        }
      }
      i++;
    }
    this.depth = depth;
    return -1;
  }

  /**
   * Scans the rest of a string whose opening quote is already consumed.
   * @returns index after the closing quote, or -1 when the string continues in the next chunk
   */
  private scanString(chunk: Buffer, i: number): number {
    const n = chunk.length;
    // Parity of the backslash run just before index i (only non-zero at the start of a chunk).
    let carry = this.backslashCarry;
    for (;;) {
      const quote = chunk.indexOf(QUOTE, i);
      const end = quote < 0 ? n : quote;
      let j = end - 1;
      while (j >= i && chunk[j] === BACKSLASH) j--;
      const run = end - 1 - j;
      // An odd run of backslashes escapes what follows it; a run reaching i continues the one before i.
      const odd = (j < i ? run + carry : run) & 1;
      if (quote < 0) {
        this.backslashCarry = odd;
        return -1;
      }
      if (odd === 0) {
        this.inString = false;
        this.backslashCarry = 0;
        return quote + 1;
      }
      i = quote + 1;
      carry = 0;
    }
  }

  /** Scans a number, true, false or null up to the byte after it. */
  private scanPrimitive(chunk: Buffer, i: number): number {
    const n = chunk.length;
    for (; i < n; i++) {
      const c = chunk[i]!;
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isWhitespace(c)) return i;
    }
    return -1;
  }

  private unexpected(chunk: Buffer, i: number, expected: string): ExportFormatError {
    const c = chunk[i]!;
    const found =
      c >= 0x20 && c < 0x7f ? `"${String.fromCharCode(c)}"` : `byte 0x${c.toString(16).padStart(2, "0")}`;
    const at = this.offset + i;
    return this.error(`expected ${expected} at byte ${at}, found ${found}`, at);
  }

  private error(message: string, position: number, cause?: unknown): ExportFormatError {
    return new ExportFormatError(`${this.fileLabel}: ${message}`, { position, cause });
  }
}
