// Packing a prepared batch for the writing thread: one buffer of UTF-8 views, and a spare buffer reused.
import { describe, expect, it } from "vitest";
import type { ImportedMessage } from "../../src/ingest/message-facts.js";
import { packBatch, unpackDraft, viewPacked } from "../../src/ingest/pack-batch.js";
import { BatchPreparer } from "../../src/ingest/prepare-batch.js";
import { TIGRIS_SETTINGS } from "../helpers/channel-settings.js";

const settings = TIGRIS_SETTINGS;

function message(id: number): ImportedMessage {
  const text = `بغداد – الناس\nالمجلس يقرّ موازنة الجسر رقم ${id}\n\nقالت الوزارة إن العمل يبدأ في الربيع.`;
  return {
    post: { messageId: id, date: 1_613_730_360 + id * 600, text, entities: [], media: [] },
    rawBytes: new TextEncoder().encode(JSON.stringify({ id, type: "message", text })),
  };
}

function prepared(ids: number[]) {
  return new BatchPreparer(settings).prepare(ids.map(message));
}

const utf8 = new TextDecoder();

describe("packBatch", () => {
  it("packs raw messages and long texts as UTF-8 into one buffer, and they read back on the other side", () => {
    const plain = prepared([1, 2, 3]);
    const batch = prepared([1, 2, 3]);
    const buffer = packBatch(batch);
    expect(batch.buffer).toBe(buffer);
    // What crosses to the writing thread: no views, only the buffer and where the texts lie in it.
    expect(batch.rawBytes).toEqual([]);
    expect(batch.drafts.map((d) => d.bytes)).toEqual([undefined, undefined, undefined]);
    const received = structuredClone(batch, { transfer: [buffer] });
    viewPacked(received);
    expect(received.layout).toBeUndefined();
    expect(received.rawBytes.map((b) => b.buffer === received.buffer)).toEqual([true, true, true]);
    expect(received.rawBytes.map((b) => utf8.decode(b))).toEqual(plain.rawBytes.map((b) => utf8.decode(b)));
    expect(received.drafts.map(unpackDraft)).toEqual(plain.drafts.map((d) => d.draft));
  });

  it("packs into a spare buffer that is large enough, and takes it out of the list", () => {
    const first = prepared([1, 2, 3]);
    const given = packBatch(first);
    const tooSmall = new ArrayBuffer(16);
    const spare = [tooSmall, given];
    const plain = prepared([4, 5, 6]);
    const batch = prepared([4, 5, 6]);
    expect(packBatch(batch, spare)).toBe(given);
    viewPacked(batch);
    expect(spare).toEqual([tooSmall]);
    // What the buffer held before is overwritten: the new batch reads back whole.
    expect(batch.rawBytes.map((b) => utf8.decode(b))).toEqual(plain.rawBytes.map((b) => utf8.decode(b)));
    expect(batch.drafts.map(unpackDraft)).toEqual(plain.drafts.map((d) => d.draft));
  });

  it("allocates a new buffer when no spare one is large enough", () => {
    const tooSmall = new ArrayBuffer(16);
    const spare = [tooSmall];
    const buffer = packBatch(prepared([7, 8]), spare);
    expect(buffer).not.toBe(tooSmall);
    expect(spare).toEqual([tooSmall]);
  });
});
