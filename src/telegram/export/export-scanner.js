// A byte-level scanner for the top-level object of a Telegram Desktop result.json. Exports reach gigabytes,
// so the file is never parsed whole: small top-level values are handed over as their bytes, the elements of
// the one streamed array (`messages`) one at a time, each as the exact bytes of its source text. Working on
// bytes (not decoded text) keeps positions exact and lets a UTF-8 sequence fall across a chunk boundary:
// only complete slices are decoded, by the caller.
//
// Inside a value the scanner tracks only strings and bracket depth; JSON.parse of the slice checks the rest.
// Strings are skipped with Buffer#indexOf for the closing quote (3.5x faster than a byte loop on a 300 MB
// export), then the run of backslashes before that quote decides whether it is escaped.

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

/** @param {number} c */
function isWhitespace(c) {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** @typedef {"stream" | "capture" | "skip"} KeyAction */

/**
 * @typedef {object} ScannerHandlers
 * @property {(key: string, position: number) => KeyAction} onKey a top-level key was read; may throw to refuse
 * @property {(key: string, bytes: Buffer, position: number) => void} onValue a captured top-level value
 * @property {(bytes: Buffer, position: number, ordinal: number) => void} onElement an element of the streamed array
 */

export class ExportScanner {
  /**
   * @param {ScannerHandlers} handlers
   * @param {string} fileLabel names the file in error messages
   */
  constructor(handlers, fileLabel) {
    this.handlers = handlers;
    this.fileLabel = fileLabel;
    this.state = BEFORE_ROOT;
    /** absolute position of the current chunk's first byte */
    this.offset = 0;
    this.key = "";
    /** @type {KeyAction} */
    this.keyAction = "skip";
    /** elements of the streamed array met so far */
    this.ordinal = 0;
    // The value in progress.
    this.purpose = FOR_SKIP;
    this.syntax = COMPOSITE;
    this.valueStart = 0;
    this.depth = 0;
    this.inString = false;
    /** parity of the backslash run that ended the previous chunk inside a string */
    this.backslashCarry = 0;
    /** @type {Buffer[]} earlier chunks' parts of the value in progress */
    this.pieces = [];
    this.pieceBytes = 0;
    /** index in the current chunk where the value in progress (or its continuation) starts */
    this.pieceStart = 0;
  }

  /** @param {Buffer} chunk */
  push(chunk) {
    const n = chunk.length;
    let i = 0;
    this.pieceStart = 0;
    while (i < n) {
      if (this.state === IN_VALUE) {
        i = this.continueValue(chunk, i);
        continue;
      }
      const c = /** @type {number} */ (chunk[i]);
      i = isWhitespace(c) ? i + 1 : this.structural(chunk, i, c);
    }
    this.offset += n;
  }

  /** Call at end of file: a file that stops before the top-level object is closed is truncated. */
  finish() {
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

  /**
   * One significant byte outside any value.
   * @param {Buffer} chunk
   * @param {number} i
   * @param {number} c
   * @returns {number} index of the next byte to look at
   */
  structural(chunk, i, c) {
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

  /** @param {Buffer} chunk @param {number} i @param {number} c */
  beginKey(chunk, i, c) {
    if (c !== QUOTE) throw this.unexpected(chunk, i, "a quoted key");
    return this.beginValue(FOR_KEY, STRING, chunk, i);
  }

  /** @param {Buffer} chunk @param {number} i @param {number} c */
  beginTopLevelValue(chunk, i, c) {
    if (this.keyAction === "stream") {
      if (c !== OPEN_BRACKET) throw this.unexpected(chunk, i, `the "[" that opens the "${this.key}" array`);
      this.state = ARRAY_OPEN;
      return i + 1;
    }
    const purpose = this.keyAction === "capture" ? FOR_CAPTURE : FOR_SKIP;
    return this.beginValue(purpose, this.syntaxOf(chunk, i, c), chunk, i);
  }

  /** @param {Buffer} chunk @param {number} i @param {number} c */
  beginElement(chunk, i, c) {
    if (c !== OPEN_BRACE)
      throw this.unexpected(chunk, i, `a message object (element ${this.ordinal + 1} of "${this.key}")`);
    this.ordinal++;
    return this.beginValue(FOR_ELEMENT, COMPOSITE, chunk, i);
  }

  /** @param {number} i */
  endArray(i) {
    this.state = AFTER_VALUE;
    return i + 1;
  }

  /** @param {number} i */
  endRoot(i) {
    this.state = DONE;
    return i + 1;
  }

  /** @param {Buffer} chunk @param {number} i @param {number} c */
  syntaxOf(chunk, i, c) {
    if (c === OPEN_BRACE || c === OPEN_BRACKET) return COMPOSITE;
    if (c === QUOTE) return STRING;
    // numbers, true, false, null
    if (c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) return PRIMITIVE;
    throw this.unexpected(chunk, i, "a JSON value");
  }

  /**
   * @param {number} purpose
   * @param {number} syntax
   * @param {Buffer} chunk
   * @param {number} i index of the value's first byte in the chunk
   * @returns {number} index of the next byte to look at
   */
  beginValue(purpose, syntax, chunk, i) {
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

  /**
   * @param {Buffer} chunk
   * @param {number} i
   * @returns {number}
   */
  continueValue(chunk, i) {
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

  /**
   * @param {Buffer} chunk
   * @param {number} end index just after the value's last byte
   */
  completeValue(chunk, end) {
    const purpose = this.purpose;
    if (purpose === FOR_SKIP) {
      this.state = AFTER_VALUE;
      return;
    }
    this.keepPiece(chunk.subarray(this.pieceStart, end));
    const bytes =
      this.pieces.length === 1 ? /** @type {Buffer} */ (this.pieces[0]) : Buffer.concat(this.pieces);
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

  /** @param {Buffer} piece */
  keepPiece(piece) {
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

  /** @param {Buffer} bytes */
  decodeKey(bytes) {
    try {
      return /** @type {string} */ (JSON.parse(bytes.toString("utf8")));
    } catch (cause) {
      throw this.error(`invalid key at byte ${this.valueStart}: ${String(cause)}`, this.valueStart, cause);
    }
  }

  /**
   * Scans an object or array up to its closing bracket.
   * @param {Buffer} chunk
   * @param {number} i
   * @returns {number} index after the value, or -1 when it continues in the next chunk
   */
  scanComposite(chunk, i) {
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
   * @param {Buffer} chunk
   * @param {number} i
   * @returns {number} index after the closing quote, or -1 when the string continues in the next chunk
   */
  scanString(chunk, i) {
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

  /**
   * Scans a number, true, false or null up to the byte after it.
   * @param {Buffer} chunk
   * @param {number} i
   */
  scanPrimitive(chunk, i) {
    const n = chunk.length;
    for (; i < n; i++) {
      const c = /** @type {number} */ (chunk[i]);
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isWhitespace(c)) return i;
    }
    return -1;
  }

  /**
   * @param {Buffer} chunk
   * @param {number} i
   * @param {string} expected
   */
  unexpected(chunk, i, expected) {
    const c = /** @type {number} */ (chunk[i]);
    const found =
      c >= 0x20 && c < 0x7f ? `"${String.fromCharCode(c)}"` : `byte 0x${c.toString(16).padStart(2, "0")}`;
    const at = this.offset + i;
    return this.error(`expected ${expected} at byte ${at}, found ${found}`, at);
  }

  /**
   * @param {string} message
   * @param {number} position
   * @param {unknown} [cause]
   */
  error(message, position, cause) {
    return new ExportFormatError(`${this.fileLabel}: ${message}`, { position, cause });
  }
}
