// A prepared batch made ready to cross to the writing thread: the long texts (raw messages, article bodies)
// become UTF-8 views into one ArrayBuffer that is transferred, not copied. The writing thread then neither
// copies those strings into its heap (where they would only make work for the garbage collector) nor
// encodes them for SQLite: the bytes are bound as they are. Posts outside albums leave their text behind
// too: what the writer needs of them (hash, draft, stored form) is prepared.
import type { ArticleDraft } from "../articles/types.js";
import type { PreparedBatch, PreparedDraft } from "./prepare-batch.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** New buffers are a whole number of these: a buffer given back then fits most later batches. */
const BUFFER_GRAIN = 1 << 20;

/**
 * Packs `batch` in place, into one of `spare` (buffers given back, taken out of the list) when one is
 * large enough; returns the buffer to list in postMessage's transfer list (also `batch.buffer`).
 */
export function packBatch(batch: PreparedBatch, spare: ArrayBuffer[] = []): ArrayBuffer {
  let bound = 0;
  for (const m of batch.messages) bound += m.rawBytes?.length ?? m.raw.length * 3;
  for (const d of batch.drafts) {
    bound += (d.draft.bodyHtml.length + d.draft.bodyText.length + d.draft.summary.length) * 3;
  }
  const fitting = spare.findIndex((b) => b.byteLength >= bound);
  const buffer =
    fitting === -1
      ? new ArrayBuffer(Math.ceil(bound / BUFFER_GRAIN) * BUFFER_GRAIN)
      : (spare.splice(fitting, 1)[0] as ArrayBuffer);
  batch.buffer = buffer;
  let at = 0;
  const copy = (bytes: Uint8Array): Uint8Array => {
    const view = new Uint8Array(buffer, at, bytes.length);
    view.set(bytes);
    at += bytes.length;
    return view;
  };
  const put = (text: string): Uint8Array => {
    const { written } = encoder.encodeInto(text, new Uint8Array(buffer, at));
    const view = new Uint8Array(buffer, at, written);
    at += written;
    return view;
  };
  batch.rawBytes = batch.messages.map((m) => {
    const bytes = m.rawBytes ? copy(m.rawBytes) : put(m.raw);
    m.raw = "";
    delete m.rawBytes;
    delete m.facts;
    if (m.post.mediaGroupId === undefined) m.post = { ...m.post, text: "", entities: [] };
    return bytes;
  });
  batch.textless = true;
  for (const d of batch.drafts) {
    d.bytes = {
      bodyHtml: put(d.draft.bodyHtml),
      bodyText: put(d.draft.bodyText),
      summary: put(d.draft.summary),
    };
    d.draft = { ...d.draft, bodyHtml: "", bodyText: "", summary: "" };
  }
  return buffer;
}

/** The full draft of a prepared one, its packed texts decoded (only edits need it: new articles take bytes). */
export function unpackDraft(d: PreparedDraft): ArticleDraft {
  if (!d.bytes) return d.draft;
  return {
    ...d.draft,
    bodyHtml: decoder.decode(d.bytes.bodyHtml),
    bodyText: decoder.decode(d.bytes.bodyText),
    summary: decoder.decode(d.bytes.summary),
  };
}
