// result.json bytes in, reader events out: the header, then slices of normalized messages. Synchronous and
// free of I/O, so tests can feed it any chunking; export-reader.ts wraps it around a file.
//
// Slices are small (rebatch.ts regroups them into the caller's batches): messages leave the scanning thread
// soon after they are made, before they reach its old generation (docs/import-performance.md).
import type { SourceMessage, TelegramPost } from "../post.js";
import { AlbumGrouper } from "./album-grouper.js";
import { ExportFormatError } from "./export-format-error.js";
import { FULL_ACCOUNT_KEYS, fullAccountError, HEADER_KEYS, validateHeader } from "./export-header.js";
import { ExportScanner, type KeyAction } from "./export-scanner.js";
import { type NormalizeContext, normalizeMessage } from "./normalize-message.js";
import { parseJsonSlice } from "./parse-json-slice.js";
import type { ExportHeader, ScannedMessage } from "./types.js";
import { createWallClockResolver } from "./zoned-time.js";

/** The top-level key of the streamed array. */
const MESSAGES_KEY = "messages";

export interface DecoderOptions {
  /** IANA zone for exports without date_unixtime (already checked as valid). */
  timezone?: string;
  /** Messages per slice. */
  sliceSize: number;
  /**
   * Keep each message's raw JSON as the file's UTF-8 bytes (ScannedMessage) rather than as text
   * (SourceMessage): the bytes of a slice share one ArrayBuffer, named by the slice's `rawBuffer`, so that
   * a worker can transfer it instead of copying strings.
   */
  rawAsBytes?: boolean;
}

/**
 * `skipped` counts the service and unsupported messages met since the previous slice; `bytesRead` says how
 * far into the file the slice reaches, for progress.
 */
export interface DecoderSlice<M> {
  kind: "slice";
  messages: M[];
  skipped: number;
  bytesRead: number;
  rawBuffer?: ArrayBuffer;
}

export type DecoderEvent<M> = { kind: "header"; header: ExportHeader } | DecoderSlice<M>;

/** How a decoder keeps each message's raw JSON. */
export interface RawForm<M> {
  message(post: TelegramPost, bytes: Buffer, text: string): M;
  /** Moves a slice's raw bytes into one buffer that can be transferred (bytes only). */
  pack?(messages: M[]): ArrayBuffer;
}

/** The raw JSON as text, as the file has it: the public reader's SourceMessage. */
export const RAW_TEXT: RawForm<SourceMessage> = {
  message: (post, _bytes, text) => ({ source: "export", raw: text, post }),
};

/** The raw JSON as UTF-8 bytes: a view into the read chunk (chunks are never reused) until pack. */
export const RAW_BYTES: RawForm<ScannedMessage> = {
  message: (post, bytes) => ({ post, rawBytes: bytes.subarray() }),
  pack: packRawBytes,
};

export class ExportDecoder<M extends { post: TelegramPost }> {
  private readonly sliceSize: number;
  private readonly context: NormalizeContext;
  /** Top-level values read so far. */
  private readonly fields: Record<string, unknown> = {};
  /** Exists once the header is known. */
  private grouper: AlbumGrouper<M> | undefined;
  /** Events not yet handed out. */
  private events: DecoderEvent<M>[] = [];
  private slice: M[] = [];
  private skipped = 0;
  private bytesRead = 0;
  private readonly scanner: ExportScanner;

  /** @param fileLabel names the file in errors, usually "result.json" */
  constructor(
    private readonly fileLabel: string,
    options: DecoderOptions,
    private readonly form: RawForm<M>,
  ) {
    this.sliceSize = options.sliceSize;
    this.context = {
      fileLabel,
      wallClock: options.timezone === undefined ? undefined : createWallClockResolver(options.timezone),
    };
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

  /** Events completed by this chunk, the next bytes of the file. */
  push(chunk: Buffer): DecoderEvent<M>[] {
    this.scanner.push(chunk);
    return this.takeEvents();
  }

  /** The last events; throws if the file ended early. */
  finish(): DecoderEvent<M>[] {
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

  private onKey(key: string, position: number): KeyAction {
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
      this.grouper = new AlbumGrouper<M>(header.id, (message) => this.add(message));
      this.events.push({ kind: "header", header });
      return "stream";
    }
    if (FULL_ACCOUNT_KEYS.includes(key)) {
      throw fullAccountError(this.fileLabel, position);
    }
    return HEADER_KEYS.includes(key) ? "capture" : "skip";
  }

  private onMessage(bytes: Buffer, position: number, ordinal: number): void {
    const { text, value } = parseJsonSlice(bytes, position, `message ${ordinal}`, this.fileLabel);
    this.bytesRead = position + bytes.length;
    const post = normalizeMessage(value, { position, ordinal }, this.context);
    if (post === null) {
      this.skipped++;
      return;
    }
    // The scanner hands elements over only after the "messages" key, which made the grouper.
    this.grouper!.push(this.form.message(post, bytes, text));
  }

  private add(message: M): void {
    this.slice.push(message);
    if (this.slice.length >= this.sliceSize) this.cutSlice();
  }

  private cutSlice(): void {
    const slice: DecoderSlice<M> = {
      kind: "slice",
      messages: this.slice,
      skipped: this.skipped,
      bytesRead: this.bytesRead,
    };
    if (this.form.pack) slice.rawBuffer = this.form.pack(this.slice);
    this.events.push(slice);
    this.slice = [];
    this.skipped = 0;
  }

  private takeEvents(): DecoderEvent<M>[] {
    const events = this.events;
    this.events = [];
    return events;
  }
}

/** Moves the messages' raw bytes into one ArrayBuffer (their views then point into it). */
function packRawBytes(messages: ScannedMessage[]): ArrayBuffer {
  let size = 0;
  for (const m of messages) size += m.rawBytes.length;
  const buffer = new ArrayBuffer(size);
  let at = 0;
  for (const m of messages) {
    const view = new Uint8Array(buffer, at, m.rawBytes.length);
    view.set(m.rawBytes);
    m.rawBytes = view;
    at += view.length;
  }
  return buffer;
}
