// The public types of the export reader.
import type { SourceMessage, TelegramPost } from "../post.js";
import type { ExportHeader } from "./export-header.js";

export type { ExportHeader };

export interface ExportReadOptions {
  /**
   * IANA zone for old exports without date_unixtime (their `date` is the exporting computer's local time).
   * Required when such a message is met; otherwise an ExportFormatError tells the user to pass --timezone.
   */
  timezone?: string;
  /** Messages per yielded batch; default 2000. */
  batchSize?: number;
  /** Called as batches are handed out, with how far into the file they reach. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  signal?: AbortSignal;
  /** Scan and parse in a worker thread (default), or on the caller's thread (tests, small files). */
  worker?: boolean;
  /** Bytes read at a time; default 1 MiB. Tiny values let tests split every UTF-8 sequence. */
  chunkSize?: number;
}

export type ExportEvent =
  | { kind: "header"; header: ExportHeader }
  /** `skipped` counts service and unsupported messages met since the previous batch. */
  | { kind: "batch"; messages: SourceMessage[]; skipped: number };

export interface OpenedExport {
  /** Absolute path of result.json. */
  resultJson: string;
  /** The export folder: media paths in the messages are relative to it. */
  baseDir: string;
  totalBytes: number;
}

/**
 * A message read for an import (a reader asked for `rawAsBytes`): its post, and its raw JSON as the
 * file's UTF-8 bytes, which the import stores without ever making them a string.
 */
export interface ScannedMessage {
  post: TelegramPost;
  rawBytes: Uint8Array;
}
