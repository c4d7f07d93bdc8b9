// Damaged files fail with ExportFormatError pointing at the byte where the damage was found.
import { describe, expect, it } from "vitest";
import { DatelineError } from "../../../src/shared/errors.js";
import { MAX_VALUE_BYTES } from "../../../src/telegram/export/export-scanner.js";
import { ExportFormatError } from "../../../src/telegram/export/index.js";
import { exportText, post, readError, writeExport } from "./sample-export.js";

const SAMPLE = exportText([
  post(1, { text: "مرحبا بالجميع — first post" }),
  post(2, { text: "Второй пост 📰" }),
  post(3, { text: "third" }),
]);
const SAMPLE_BYTES = Buffer.from(SAMPLE);

/** Byte offset of the first `needle` at or after the character index `from` (the texts are multibyte). */
function byteOffsetOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`${needle} not in sample`);
  return Buffer.byteLength(text.slice(0, index));
}

async function errorFor(content: string | Buffer): Promise<ExportFormatError> {
  const error = await readError(await writeExport(content));
  if (!(error instanceof ExportFormatError)) throw error;
  return error;
}

describe("truncated files", () => {
  it("reports the end of file inside the message that was cut", async () => {
    const secondStart = byteOffsetOf(SAMPLE, '{\n   "id": 2');
    const cut = byteOffsetOf(SAMPLE, "пост");
    const error = await errorFor(SAMPLE_BYTES.subarray(0, cut));
    // A DatelineError of the taxonomy, with the detail of what is wrong and where.
    expect(error).toBeInstanceOf(DatelineError);
    expect(error.code).toBe("EXPORT_MALFORMED");
    expect(error.status).toBe(400);
    expect(error.exportCode).toBe("EXPORT_MALFORMED");
    expect(error.position).toBe(cut);
    expect(error.message).toBe(
      `result.json: unexpected end of file at byte ${cut} (inside message 2, which starts at byte ${secondStart}): the file is truncated`,
    );
  });

  it("reports a cut between messages and in the middle of a multibyte character", async () => {
    const betweenCut = byteOffsetOf(SAMPLE, '{\n   "id": 3') - 2;
    const between = await errorFor(SAMPLE_BYTES.subarray(0, betweenCut));
    expect(between.message).toMatch(
      new RegExp(`unexpected end of file at byte ${betweenCut} \\(after message 2\\)`),
    );

    const insideCharacter = byteOffsetOf(SAMPLE, "ر") + 1; // the first byte of a two-byte sequence only
    const halfCharacter = await errorFor(SAMPLE_BYTES.subarray(0, insideCharacter));
    expect(halfCharacter.position).toBe(insideCharacter);
    expect(halfCharacter.message).toContain("inside message 1");
  });

  it("reports every cut point as truncated, never as a success", async () => {
    const step = 37;
    for (let cut = 0; cut < SAMPLE_BYTES.length - 2; cut += step) {
      const error = await errorFor(SAMPLE_BYTES.subarray(0, cut));
      expect(error.position).toBe(cut);
      expect(error.message).toMatch(cut === 0 ? /the file is empty/ : /unexpected end of file|truncated/);
    }
  });
});

describe("malformed JSON", () => {
  it("gives the byte of a syntax error inside a message", async () => {
    const broken = SAMPLE.replace('"id": 2,', '"id": 2');
    const error = await errorFor(broken);
    const expectedAt = byteOffsetOf(broken, '"type"', broken.indexOf('"id": 2'));
    expect(error.code).toBe("EXPORT_MALFORMED");
    expect(error.position).toBe(expectedAt);
    expect(error.message).toMatch(
      new RegExp(`^result\\.json: invalid JSON in message 2 at byte ${expectedAt} `),
    );
  });

  it("gives the byte of a syntax error after multibyte text", async () => {
    const broken = SAMPLE.replace("Второй пост", "Второй\tпост");
    const tab = byteOffsetOf(broken, "\t");
    const error = await errorFor(broken);
    expect(error.position).toBe(tab);
    expect(error.message).toContain("Bad control character");
  });

  it("reports structure errors between messages", async () => {
    const broken = SAMPLE.replace(/\n {2}},\n {2}\{\n {3}"id": 2/, '\n  }\n  {\n   "id": 2');
    const error = await errorFor(broken);
    const at = byteOffsetOf(broken, '{\n   "id": 2');
    expect(error.position).toBe(at);
    expect(error.message).toBe(`result.json: expected "," or "]" after message 1 at byte ${at}, found "{"`);
  });

  it("refuses a trailing comma, a non-object element and data after the end", async () => {
    const trailingComma = SAMPLE.replace(/\n {2}}\n ]/, "\n  },\n ]");
    expect((await errorFor(trailingComma)).message).toMatch(
      /expected a message object \(element 4 of "messages"\)/,
    );
    const numberElement = exportText([1]);
    expect((await errorFor(numberElement)).message).toMatch(/expected a message object/);
    expect((await errorFor(`${SAMPLE}{}`)).message).toMatch(
      /unexpected data after the end of the top-level object/,
    );
    expect((await errorFor('["not", "an", "object"]')).message).toMatch(
      /expected the "\{" that opens a Telegram export at byte 0/,
    );
  });

  it("gives up on a message larger than any Telegram writes, instead of buffering the rest of the file", async () => {
    const head = '{"name": "x", "type": "public_channel", "id": 1, "messages": [\n{"id": 1, "text": "';
    const error = await errorFor(head + "a".repeat(MAX_VALUE_BYTES));
    expect(error.position).toBe(head.indexOf('{"id"'));
    expect(error.message).toMatch(
      /message 1, which starts at byte \d+, exceeds 16777216 bytes: the file is damaged/,
    );
  });

  it("refuses a second messages array", async () => {
    const error = await errorFor(SAMPLE.replace(/\n}\n$/, ',\n "messages": []\n}\n'));
    expect(error.message).toMatch(/a second "messages" array at byte \d+/);
  });

  it("refuses invalid UTF-8 inside a message", async () => {
    const at = SAMPLE_BYTES.indexOf(Buffer.from("third"));
    const bytes = Buffer.from(SAMPLE_BYTES);
    bytes[at] = 0xff;
    const error = await errorFor(bytes);
    expect(error.message).toMatch(/message 3 at byte \d+ is not valid UTF-8/);
  });

  it("gives the message's byte when its shape is wrong", async () => {
    for (const [change, detail] of [
      [{ id: "2" }, /id: Invalid input: expected number, received string/],
      [{ id: 2.5 }, /id: Invalid input: expected int/],
      [{ date_unixtime: "yesterday" }, /date_unixtime: expected Unix seconds/],
      [{ text: 5 }, /text: Invalid input/],
      [{ photo: ["photos/a.jpg"] }, /photo: Invalid input/],
      [{ width: -1 }, /width: /],
    ] as const) {
      const broken = exportText([post(1), { ...post(2), ...change }]);
      const error = await errorFor(broken);
      const at = byteOffsetOf(broken, '{\n   "id": ', broken.indexOf('"text_entities"'));
      expect(error.position).toBe(at);
      expect(error.message).toMatch(
        new RegExp(`message 2 \\(id .+\\) at byte ${at} is not shaped like a Telegram export message`),
      );
      expect(error.message).toMatch(detail);
    }
  });

  it("checks the id of messages it skips", async () => {
    const error = await errorFor(exportText([{ id: "x", type: "service" }]));
    expect(error.message).toMatch(/message 1 \(id "x"\) at byte \d+ .*id: Invalid input/);
  });

  it("refuses a header value of the wrong type", async () => {
    const error = await errorFor(exportText([], { id: { nested: true } }));
    expect(error.message).toMatch(/name, type and id are not as Telegram Desktop writes them/);
  });
});
