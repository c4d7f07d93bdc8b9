import { describe, expect, it } from "vitest";
import { Utf8JsonWriter } from "./json-utf8.js";
import { randomText, randomTexts, seededRandom } from "./test-strings.js";

/** What the writer must give: the UTF-8 of JSON.stringify. */
const byDefinition = (value: string) => Buffer.from(JSON.stringify(value));

function written(...values: string[]): Buffer {
  const writer = new Utf8JsonWriter();
  for (const value of values) writer.string(value);
  return Buffer.from(writer.bytes());
}

describe("Utf8JsonWriter", () => {
  it("writes every BMP code unit as JSON.stringify and UTF-8 would, alone and between letters", () => {
    const disagreements: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      for (const value of [char, `a${char}ب`]) {
        if (!written(value).equals(byDefinition(value))) disagreements.push(code);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("writes surrogate pairs as four bytes and lone halves as escapes", () => {
    for (const value of ["🔴", "a\ud83d", "\udd34b", "\udd34\ud83d", "🔴\ud83d🔴", "\ud83d\ud83d\udd34"])
      expect(written(value).equals(byDefinition(value))).toBe(true);
  });

  it("agrees with JSON.stringify on random text, long text and one string after another", () => {
    const texts = randomTexts(11, 500, 200);
    expect(texts.filter((text) => !written(text).equals(byDefinition(text)))).toEqual([]);
    // Longer than the buffer the writer starts with.
    const long = texts.join("\n");
    expect(written(long).equals(byDefinition(long))).toBe(true);
    const several = texts.slice(0, 50);
    expect(written(...several).equals(Buffer.concat(several.map(byDefinition)))).toBe(true);
  });

  it("appends ASCII as it is, and starts again after reset", () => {
    const writer = new Utf8JsonWriter();
    writer.string("x");
    writer.reset();
    writer.ascii('{"a":');
    writer.string('"قال"');
    writer.ascii("}");
    expect(Buffer.from(writer.bytes()).toString()).toBe(JSON.stringify({ a: '"قال"' }));
  });
});

describe("Utf8JsonWriter, sharing lines with the string written before", () => {
  function shared(first: string, second: string): Buffer {
    const writer = new Utf8JsonWriter();
    writer.ascii("[");
    writer.stringRemembered(first);
    writer.ascii(",");
    writer.stringSharing(second);
    writer.ascii("]");
    return Buffer.from(writer.bytes());
  }

  it("gives the bytes JSON.stringify would, lines found or not", () => {
    const random = seededRandom(19);
    for (let round = 0; round < 2000; round++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 6) }, () => randomText(random, 8));
      const text = lines.join(random() < 0.5 ? "\n" : "\n\n");
      // HTML-like: the text's lines between tags, some changed, some missing, some with a pair cut.
      const html = lines
        .map((line) => (random() < 0.2 ? `<p>${line}x</p>` : random() < 0.1 ? "\ud83d" : `<p>${line}</p>`))
        .join(random() < 0.5 ? "\n" : "\udd34");
      const expected = Buffer.from(JSON.stringify([html, text]));
      expect(shared(html, text).equals(expected)).toBe(true);
    }
  });

  it("copies nothing across a surrogate pair cut at a line's edge", () => {
    const line = "a long enough line of text here";
    for (const [html, text] of [
      [`${line}\ud83d\udd34`, `${line}\ud83d\nnext`],
      [`\ud83d\udd34${line}`, `\udd34${line}`],
    ] as const) {
      expect(shared(html, text).equals(Buffer.from(JSON.stringify([html, text])))).toBe(true);
    }
  });
});
