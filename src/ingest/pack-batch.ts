// A prepared batch made ready to cross to the writing thread: the long texts (raw messages, article bodies)
// are written as UTF-8 into one ArrayBuffer that is transferred, not copied, and the writing thread makes
// views into it (viewPacked). It then neither copies those strings into its heap (where they would only
// make work for the garbage collector) nor encodes them for SQLite: the bytes are bound as they are. The
// drafts' content hashes are computed here, from those bytes (articles/content-hash.ts). Posts outside
// albums leave their text behind too: what the writer needs of them (hash, draft, stored form) is prepared.
import { contentHashOfPacked, headerLine } from "../articles/content-hash.js";
import type { ArticleDraft } from "../articles/types.js";
import type { PreparedBatch, PreparedDraft } from "./prepare-batch.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** New buffers are a whole number of these: a buffer given back then fits most later batches. */
const BUFFER_GRAIN = 1 << 20;

/**
 * Packs `batch` in place, into one of `spare` (buffers given back, taken out of the list) when one is
 * large enough; returns the buffer to list in postMessage's transfer list (also `batch.buffer`). The
 * receiver calls viewPacked.
 */
export function packBatch(batch: PreparedBatch, spare: ArrayBuffer[] = []): ArrayBuffer {
  let bound = 0;
  for (const raw of batch.rawBytes) bound += raw.length;
  for (const d of batch.drafts) {
    bound += (d.draft.bodyHtml.length + d.draft.bodyText.length + d.draft.summary.length) * 3;
  }
  // Room for the content hash's header line after the last draft's texts (see below).
  bound += headerBound(batch.drafts);
  const fitting = spare.findIndex((b) => b.byteLength >= bound);
  const buffer =
    fitting === -1
      ? new ArrayBuffer(Math.ceil(bound / BUFFER_GRAIN) * BUFFER_GRAIN)
      : (spare.splice(fitting, 1)[0] as ArrayBuffer);
  batch.buffer = buffer;
  const all = new Uint8Array(buffer);
  // Offsets and lengths, not views: postMessage serializes every view on its own, which costs more
  // (docs/import-performance.md). viewPacked makes the views on the writing side.
  const layout: number[] = [];
  let at = 0;
  const put = (text: string): number => {
    const { written } = encoder.encodeInto(text, all.subarray(at));
    at += written;
    return written;
  };
  for (const raw of batch.rawBytes) {
    layout.push(at, raw.length);
    all.set(raw, at);
    at += raw.length;
  }
  batch.rawBytes = [];
  const { posts } = batch;
  for (let i = 0; i < posts.length; i++) {
    const post = posts[i]!;
    if (post.mediaGroupId === undefined) posts[i] = { ...post, text: "", entities: [] };
  }
  batch.textless = true;
  for (const d of batch.drafts) {
    const start = at;
    const lengths = {
      bodyHtml: put(d.draft.bodyHtml),
      bodyText: put(d.draft.bodyText),
      summary: put(d.draft.summary),
    };
    layout.push(start, lengths.bodyHtml, lengths.bodyText, lengths.summary);
    // The content hash reads the three texts, then its header line: written after them, hashed in one
    // call, and then written over (a draft prepared without its hash gets it here).
    const end = at;
    put(headerLine(d.draft, lengths));
    const contentHash = contentHashOfPacked(all.subarray(start, at));
    at = end;
    d.draft = { ...d.draft, bodyHtml: "", bodyText: "", summary: "", contentHash };
  }
  batch.layout = layout;
  return buffer;
}

/** Bytes enough for the longest header line of the drafts (JSON writes a character in 6 bytes at most). */
function headerBound(drafts: readonly PreparedDraft[]): number {
  let most = 0;
  for (const { draft } of drafts) {
    let chars = draft.headline.length + draft.language.length + draft.direction.length;
    chars += (draft.dateline?.place.length ?? 0) + (draft.dateline?.outlet?.length ?? 0);
    for (const tag of draft.tags) chars += tag.length + 3;
    if (chars > most) most = chars;
  }
  return most * 6 + 256;
}

/**
 * The packed texts of a batch as views into its buffer (`rawBytes`, each draft's `bytes`), on the thread
 * that received it. Call once, after packBatch.
 */
export function viewPacked(batch: PreparedBatch): void {
  const { buffer, layout } = batch;
  if (!buffer || !layout) return;
  let i = 0;
  batch.rawBytes = batch.posts.map(() => {
    const view = new Uint8Array(buffer, layout[i]!, layout[i + 1]!);
    i += 2;
    return view;
  });
  for (const d of batch.drafts) {
    let at = layout[i]!;
    const view = (length: number) => {
      const v = new Uint8Array(buffer, at, length);
      at += length;
      return v;
    };
    d.bytes = {
      bodyHtml: view(layout[i + 1]!),
      bodyText: view(layout[i + 2]!),
      summary: view(layout[i + 3]!),
    };
    i += 4;
  }
  delete batch.layout;
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
