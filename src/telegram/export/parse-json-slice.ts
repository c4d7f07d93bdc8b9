// Decodes and parses one slice of result.json (a message, or a top-level value), reporting failures at the
// byte where they happened in the file.
import { decodeUtf8 } from "./decode-utf8.js";
import { ExportFormatError } from "./export-format-error.js";

// Telegram Desktop writes control characters other than \n, \r and \t as "\x0B" (see SerializeString in
// tdesktop's export_output_json.cpp), which is not JSON. Such a message is parsed again with those escapes
// rewritten as "\u000B". Pairs of backslashes are matched first so that an escaped backslash followed by
// "x" is left alone. Only the failure path pays for this.
const HEX_ESCAPE = /\\(\\|x([0-9A-Fa-f]{2}))/g;
const POSITION_IN_MESSAGE = / at position (\d+)/;

export interface ParsedSlice {
  /** The slice decoded, exactly as in the file. */
  text: string;
  value: unknown;
}

/**
 * @param position absolute offset of the slice's first byte
 * @param what names the slice in errors ("message 57")
 */
export function parseJsonSlice(
  bytes: Buffer,
  position: number,
  what: string,
  fileLabel: string,
): ParsedSlice {
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    throw new ExportFormatError(`${fileLabel}: ${what} at byte ${position} is not valid UTF-8`, { position });
  }
  try {
    return { text, value: JSON.parse(text) };
  } catch (error) {
    const repaired = text.includes("\\x") ? tryWithHexEscapesRewritten(text) : undefined;
    if (repaired !== undefined) return { text, value: repaired };
    throw invalidJson(error, text, position, what, fileLabel);
  }
}

function tryWithHexEscapesRewritten(text: string): unknown {
  try {
    return JSON.parse(
      text.replace(HEX_ESCAPE, (match, _pair, hex: string | undefined) =>
        hex === undefined ? match : `\\u00${hex}`,
      ),
    );
  } catch {
    return undefined;
  }
}

function invalidJson(
  error: unknown,
  text: string,
  position: number,
  what: string,
  fileLabel: string,
): ExportFormatError {
  const reason = error instanceof Error ? error.message : String(error);
  // V8 reports a position in UTF-16 units for most errors; turn it into a byte offset in the file.
  const found = POSITION_IN_MESSAGE.exec(reason);
  const at = found ? position + Buffer.byteLength(text.slice(0, Number(found[1]))) : position;
  return new ExportFormatError(
    `${fileLabel}: invalid JSON in ${what} at byte ${at} (${what} starts at byte ${position}): ${reason}`,
    { position: at, cause: error },
  );
}
