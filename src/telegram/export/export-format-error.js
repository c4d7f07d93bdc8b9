// The reader's one error class. Plain JavaScript because the scanning worker throws it too, and Node 20
// cannot load TypeScript in a worker; the main thread rebuilds it from its wire form (see toWire/fromWire).

/**
 * EXPORT_MALFORMED: the file is not valid JSON or not shaped like a Telegram Desktop export.
 * EXPORT_UNSUPPORTED_CHAT: a well-formed export of something that is not a single channel.
 * EXPORT_TIMEZONE_REQUIRED: an old export whose dates need the exporting computer's time zone.
 * EXPORT_NOT_FOUND: no result.json where the user pointed.
 * @typedef {"EXPORT_MALFORMED" | "EXPORT_UNSUPPORTED_CHAT" | "EXPORT_TIMEZONE_REQUIRED" | "EXPORT_NOT_FOUND"} ExportErrorCode
 */

/** @typedef {{ code: ExportErrorCode, message: string, position: number | undefined }} ExportFormatErrorWire */

export class ExportFormatError extends Error {
  /**
   * @param {string} message shown to the user as is: name the file, the byte and what to do
   * @param {{ code?: ExportErrorCode, position?: number, cause?: unknown }} [details]
   */
  constructor(message, details = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "ExportFormatError";
    /** @type {ExportErrorCode} */
    this.code = details.code ?? "EXPORT_MALFORMED";
    /** @type {number | undefined} byte offset in result.json where the problem was found */
    this.position = details.position;
  }

  /** @returns {ExportFormatErrorWire} */
  toWire() {
    return { code: this.code, message: this.message, position: this.position };
  }

  /** @param {ExportFormatErrorWire} wire */
  static fromWire(wire) {
    return new ExportFormatError(
      wire.message,
      wire.position === undefined ? { code: wire.code } : { code: wire.code, position: wire.position },
    );
  }
}
