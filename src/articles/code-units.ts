// A string's UTF-16 code units copied into a typed array, for loops that read every unit of a long
// text. charCodeAt costs more per unit than a typed array read, most of all on the sliced and
// concatenated strings the pipeline makes; one native copy reads those as they are.
import { Buffer } from "node:buffer";

/** Buffer's "utf16le" encoding lays code units out as a Uint16Array reads them only on little-endian machines. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const INITIAL_UNITS = 1 << 12;
/** Below this length a native call costs more than copying unit by unit. */
const NATIVE_COPY_MIN = 64;

/** A reusable array of code units: `of(text)` is valid until the next call. */
export class CodeUnits {
  private units = new Uint16Array(INITIAL_UNITS);
  private bytes = Buffer.from(this.units.buffer);

  /** The units of `text` in [0, text.length) of the array (lone surrogates included, as they are). */
  of(text: string): Uint16Array {
    if (text.length > this.units.length) {
      this.units = new Uint16Array(Math.max(text.length, this.units.length * 2));
      this.bytes = Buffer.from(this.units.buffer);
    }
    if (LITTLE_ENDIAN && text.length >= NATIVE_COPY_MIN) this.bytes.write(text, 0, "utf16le");
    else for (let i = 0; i < text.length; i++) this.units[i] = text.charCodeAt(i);
    return this.units;
  }
}
