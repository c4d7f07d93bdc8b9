// UTF-8 bytes → string, checked, by transcoding natively to UTF-16 rather than through V8's UTF-8 decoder
// (Buffer#toString, TextDecoder), which costs about three times as much (docs/import-performance.md).
// The strings are the same; only their storage differs: ASCII is read as Latin-1, which gives the one-byte
// string V8 would make, and other text becomes a two-byte string (as V8 makes it for any text beyond
// Latin-1; a text whose characters all lie in Latin-1 takes twice the memory V8 would give it).
import { isAscii, isUtf8, transcode } from "node:buffer";

/** The text, or undefined when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Buffer): string | undefined {
  if (isAscii(bytes)) return bytes.toString("latin1");
  if (!isUtf8(bytes)) return undefined;
  // transcode needs ICU, as the time zones of old exports already do (zoned-time.ts).
  return transcode(bytes, "utf8", "utf16le").toString("utf16le");
}
