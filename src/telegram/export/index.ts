// Telegram Desktop export reader: a channel's result.json → header + batches of normalized SourceMessages.
export type { ExportErrorCode } from "./export-format-error.js";
export { ExportFormatError } from "./export-format-error.js";
export { openExport } from "./open-export.js";
export { DEFAULT_BATCH_SIZE, readExport } from "./read-export.js";
export type { ExportEvent, ExportHeader, ExportReadOptions, OpenedExport } from "./types.js";
