// The file is read in chunks that split UTF-8 sequences, escapes and backslash runs anywhere: with chunks
// of 1 byte every position is a boundary. The output must not depend on the chunking.
import { describe, expect, it } from "vitest";
import { exportText, post, readAll, writeExport } from "./sample-export.js";

const TRICKY_TEXTS = [
  "عاجل: انقطاع الكهرباء في الكرخ",
  "Срочно: мост закрыт 🚧",
  "家族 👨‍👩‍👧 𝄞 emoji and 4-byte characters",
  'quotes "inside", a lone \\ backslash, and brackets { [ ] } in text',
  "ends with a backslash \\",
  "ends with two backslashes \\\\",
  'a backslash before a quote \\"',
  "line\nbreaks\r\nand\ttabs",
  "\u2028line and paragraph\u2029 separators",
];

const SAMPLE = exportText([
  ...TRICKY_TEXTS.map((text, i) => post(i + 1, { text })),
  post(20, {
    text_entities: [
      { type: "bold", text: "🔥 عاجل" },
      { type: "plain", text: ' "quoted\\" ' },
      { type: "text_link", text: "رابط", href: 'https://example.org/?q="x"&p=\\' },
    ],
    photo: "photos/صورة_1.jpg",
  }),
]);

describe("chunk boundaries", () => {
  it("reads the same messages whatever the chunk size", async () => {
    const file = await writeExport(SAMPLE);
    const reference = await readAll(file);
    expect(reference.messages.map((message) => message.post.text).slice(0, TRICKY_TEXTS.length)).toEqual(
      TRICKY_TEXTS,
    );
    for (const chunkSize of [1, 2, 3, 4, 5, 7, 13, 64, 1000]) {
      const chunked = await readAll(file, { chunkSize, batchSize: 4 });
      expect(chunked.header).toEqual(reference.header);
      expect(chunked.messages).toEqual(reference.messages);
    }
  });

  it("hands on each message's exact source text", async () => {
    const file = await writeExport(SAMPLE);
    const { messages } = await readAll(file, { chunkSize: 3 });
    let from = 0;
    for (const message of messages) {
      const at = SAMPLE.indexOf(message.raw, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + message.raw.length;
    }
    const last = messages.at(-1)?.post;
    expect(last?.text).toBe('🔥 عاجل "quoted\\" رابط');
    expect(last?.entities).toEqual([
      { type: "bold", offset: 0, length: 7 },
      { type: "text_link", offset: 18, length: 4, url: 'https://example.org/?q="x"&p=\\' },
    ]);
    expect(last?.media[0]?.source).toEqual({ type: "export", path: "photos/صورة_1.jpg" });
  });

  it("skips a UTF-8 byte order mark", async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]);
    const { messages } = await readAll(await writeExport(withBom), { chunkSize: 1 });
    expect(messages).toHaveLength(TRICKY_TEXTS.length + 1);
  });
});
