// result.json bytes in, reader events out: the header, then slices of normalized messages. Synchronous and
// free of I/O, so tests can feed it any chunking; export-reader.js wraps it around a file.
//
// Slices are small (read-export.ts regroups them into the caller's batches): messages leave the scanning
// thread soon after they are made, before they reach its old generation. Read in batches of 2,000, a
// 100,000-message export peaks about 55 MB lower with slices of 250 than with slices of 2,000.

import { AlbumGrouper } from "./album-grouper.js";
import { ExportFormatError } from "./export-format-error.js";
import { FULL_ACCOUNT_KEYS, fullAccountError, HEADER_KEYS, validateHeader } from "./export-header.js";
import { ExportScanner } from "./export-scanner.js";
import { normalizeMessage } from "./normalize-message.js";
import { parseJsonSlice } from "./parse-json-slice.js";
import { createWallClockResolver } from "./zoned-time.js";

/** @import { SourceMessage } from "../post.js" */
/** @import { ExportHeader } from "./export-header.js" */
/** @import { KeyAction } from "./export-scanner.js" */

/** The top-level key of the streamed array. */
const MESSAGES_KEY = "messages";

/**
 * @typedef {object} DecoderOptions
 * @property {string} [timezone] IANA zone for exports without date_unixtime (already checked as valid)
 * @property {number} sliceSize messages per slice
 * @property {boolean} [rawAsBytes] give each message's raw JSON as UTF-8 bytes (`rawBytes`, with `raw` empty):
 *   the bytes of a slice share one ArrayBuffer, named by the slice's `rawBuffer` so that a worker can
 *   transfer it instead of copying strings
 */

/**
 * `skipped` counts the service and unsupported messages met since the previous slice; `bytesRead` says how
 * far into the file the slice reaches, for progress.
 * @typedef {{ kind: "slice", messages: SourceMessage[], skipped: number, bytesRead: number, rawBuffer?: ArrayBuffer }} DecoderSlice
 * @typedef {{ kind: "header", header: ExportHeader } | DecoderSlice} DecoderEvent
 */

export class ExportDecoder {
  /**
   * @param {string} fileLabel names the file in errors, usually "result.json"
   * @param {DecoderOptions} options
   */
  constructor(fileLabel, options) {
    this.fileLabel = fileLabel;
    this.sliceSize = options.sliceSize;
    this.rawAsBytes = options.rawAsBytes === true;
    this.context = {
      fileLabel,
      wallClock: options.timezone === undefined ? undefined : createWallClockResolver(options.timezone),
    };
    /** @type {Record<string, unknown>} top-level values read so far */
    this.fields = {};
    /** @type {AlbumGrouper | undefined} exists once the header is known */
    this.grouper = undefined;
    /** @type {DecoderEvent[]} events not yet handed out */
    this.events = [];
    /** @type {SourceMessage[]} */
    this.slice = [];
    this.skipped = 0;
    this.bytesRead = 0;
    this.scanner = new ExportScanner(
      {
        onKey: (key, position) => this.onKey(key, position),
        onValue: (key, bytes, position) => {
          this.fields[key] = parseJsonSlice(bytes, position, `the value of "${key}"`, fileLabel).value;
        },
        onElement: (bytes, position, ordinal) => this.onMessage(bytes, position, ordinal),
      },
      fileLabel,
    );
  }

  /**
   * @param {Buffer} chunk the next bytes of the file
   * @returns {DecoderEvent[]} events completed by this chunk
   */
  push(chunk) {
    this.scanner.push(chunk);
    return this.takeEvents();
  }

  /** @returns {DecoderEvent[]} the last events; throws if the file ended early */
  finish() {
    this.scanner.finish();
    if (this.grouper === undefined) {
      throw new ExportFormatError(
        `${this.fileLabel} has no top-level "${MESSAGES_KEY}" array: is it a Telegram Desktop chat export in JSON format?`,
        { position: 0 },
      );
    }
    this.grouper.flush();
    this.bytesRead = this.scanner.offset;
    if (this.slice.length > 0 || this.skipped > 0) this.cutSlice();
    return this.takeEvents();
  }

  /**
   * @param {string} key
   * @param {number} position
   * @returns {KeyAction}
   */
  onKey(key, position) {
    if (key === MESSAGES_KEY) {
      if (this.grouper !== undefined) {
        throw new ExportFormatError(
          `${this.fileLabel}: a second "${MESSAGES_KEY}" array at byte ${position}`,
          {
            position,
          },
        );
      }
      const header = validateHeader(this.fields, this.fileLabel, position);
      this.grouper = new AlbumGrouper(header.id, (message) => this.add(message));
      this.events.push({ kind: "header", header });
      return "stream";
    }
    if (FULL_ACCOUNT_KEYS.includes(key)) {
      throw fullAccountError(this.fileLabel, position);
    }
    return HEADER_KEYS.includes(key) ? "capture" : "skip";
  }

  /**
   * @param {Buffer} bytes
   * @param {number} position
   * @param {number} ordinal
   */
  onMessage(bytes, position, ordinal) {
    const { text, value } = parseJsonSlice(bytes, position, `message ${ordinal}`, this.fileLabel);
    this.bytesRead = position + bytes.length;
    const post = normalizeMessage(value, { position, ordinal }, this.context);
    if (post === null) {
      this.skipped++;
      return;
    }
    /** @type {AlbumGrouper} */ (this.grouper).push(
      // A view into the read chunk (chunks are never reused); cutSlice packs a slice's bytes together.
      this.rawAsBytes
        ? { source: "export", raw: "", rawBytes: bytes.slice(), post }
        : { source: "export", raw: text, post },
    );
  }

  /** @param {SourceMessage} message */
  add(message) {
    this.slice.push(message);
    if (this.slice.length >= this.sliceSize) this.cutSlice();
  }

  cutSlice() {
    /** @type {DecoderSlice} */
    const slice = { kind: "slice", messages: this.slice, skipped: this.skipped, bytesRead: this.bytesRead };
    if (this.rawAsBytes) slice.rawBuffer = packRawBytes(this.slice);
    this.events.push(slice);
    this.slice = [];
    this.skipped = 0;
  }

  takeEvents() {
    const events = this.events;
    this.events = [];
    return events;
  }
}

/**
 * Moves the messages' raw bytes into one ArrayBuffer (their views then point into it).
 * @param {SourceMessage[]} messages
 * @returns {ArrayBuffer}
 */
function packRawBytes(messages) {
  let size = 0;
  for (const m of messages) size += m.rawBytes?.length ?? 0;
  const buffer = new ArrayBuffer(size);
  let at = 0;
  for (const m of messages) {
    if (m.rawBytes === undefined) continue;
    const view = new Uint8Array(buffer, at, m.rawBytes.length);
    view.set(m.rawBytes);
    m.rawBytes = view;
    at += view.length;
  }
  return buffer;
}
