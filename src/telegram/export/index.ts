// Telegram Desktop export reader: a channel's result.json → header + batches of normalized SourceMessages.
// The lower-level pieces below the readers are public too, for an import that runs its own pipeline of
// threads on them (ingest/prepare-export.ts).
export type { DecoderEvent, DecoderSlice } from "./export-decoder.js";
export type { ExportErrorCode, ExportFormatErrorWire } from "./export-format-error.js";
export { ExportFormatError } from "./export-format-error.js";
export { type ReaderOptions, readExportEvents } from "./export-reader.js";
export { postOfRawMessage } from "./normalize-message.js";
export { openExport } from "./open-export.js";
export { DEFAULT_BATCH_SIZE, readExport, readerOptions, sizeOf } from "./read-export.js";
export { type BatchEvent, rebatch } from "./rebatch.js";
export {
  type FactsModule,
  type ScanReply,
  type ScanWorkerInput,
  SLICE_CREDIT,
  startScanWorker,
} from "./scan-protocol.js";
export type { ExportEvent, ExportHeader, ExportReadOptions, OpenedExport, ScannedMessage } from "./types.js";
export { untilEnd, type WorkerEnd } from "./worker-replies.js";
