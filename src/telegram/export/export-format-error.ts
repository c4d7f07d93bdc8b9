// The export reader's one error class, a DatelineError. The scanning worker throws it too; the main thread
// rebuilds it from its wire form (toWire/fromWire), as errors lose their class between threads.
import { DatelineError, type ErrorCode } from "../../shared/errors.js";

/**
 * What is wrong with the export, finer than the error's code:
 * EXPORT_MALFORMED: the file is not valid JSON or not shaped like a Telegram Desktop export.
 * EXPORT_UNSUPPORTED_CHAT: a well-formed export of something that is not a single channel.
 * EXPORT_TIMEZONE_REQUIRED: an old export whose dates need the exporting computer's time zone.
 * EXPORT_NOT_FOUND: no result.json where the user pointed.
 */
export type ExportErrorCode =
  | "EXPORT_MALFORMED"
  | "EXPORT_UNSUPPORTED_CHAT"
  | "EXPORT_TIMEZONE_REQUIRED"
  | "EXPORT_NOT_FOUND";

/** The error's code in Dateline's taxonomy, for each export problem. */
const TAXONOMY_CODE: Record<ExportErrorCode, ErrorCode> = {
  EXPORT_MALFORMED: "EXPORT_MALFORMED",
  EXPORT_UNSUPPORTED_CHAT: "EXPORT_UNSUPPORTED",
  EXPORT_TIMEZONE_REQUIRED: "EXPORT_UNSUPPORTED",
  EXPORT_NOT_FOUND: "NOT_FOUND",
};

export interface ExportFormatErrorWire {
  exportCode: ExportErrorCode;
  message: string;
  position: number | undefined;
}

export interface ExportFormatErrorDetails {
  exportCode?: ExportErrorCode;
  position?: number;
  cause?: unknown;
}

export class ExportFormatError extends DatelineError {
  readonly exportCode: ExportErrorCode;
  /** Byte offset in result.json where the problem was found. */
  readonly position: number | undefined;

  /** @param message shown to the user as is: name the file, the byte and what to do */
  constructor(message: string, details: ExportFormatErrorDetails = {}) {
    const exportCode = details.exportCode ?? "EXPORT_MALFORMED";
    super(
      TAXONOMY_CODE[exportCode],
      message,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.name = "ExportFormatError";
    this.exportCode = exportCode;
    this.position = details.position;
  }

  toWire(): ExportFormatErrorWire {
    return { exportCode: this.exportCode, message: this.message, position: this.position };
  }

  static fromWire(wire: ExportFormatErrorWire): ExportFormatError {
    return new ExportFormatError(
      wire.message,
      wire.position === undefined
        ? { exportCode: wire.exportCode }
        : { exportCode: wire.exportCode, position: wire.position },
    );
  }
}
