// The import's preparation: the worker pipeline (scan worker → prepare worker) gives exactly what the same
// steps give on the caller's thread, and exactly what IngestService would derive itself.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/build-article.js";
import { articlePathKey } from "../../src/articles/permalink.js";
import type { ImportedMessage } from "../../src/ingest/message-facts.js";
import { unpackDraft } from "../../src/ingest/pack-batch.js";
import { postHash } from "../../src/ingest/post-hash.js";
import { BatchPreparer, newPromoLines, type PreparedBatch } from "../../src/ingest/prepare-batch.js";
import { type PrepareEvent, prepareExport } from "../../src/ingest/prepare-export.js";
import { FROM_RAW } from "../../src/ingest/stored-post.js";
import { ExportFormatError, readExport } from "../../src/telegram/export/index.js";
import type { TelegramPost } from "../../src/telegram/post.js";
import { TIGRIS_SETTINGS } from "../helpers/channel-settings.js";
import { type ExportMessageSpec, exportJson, writeExportDir } from "../helpers/export-builder.js";

const settings = TIGRIS_SETTINGS;

const PROMO = "Follow Tigris News on Telegram for every update";

/** Posts with a headline line, a body and the same closing line; every 7th a photo album of two. */
function specs(n: number): ExportMessageSpec[] {
  const out: ExportMessageSpec[] = [];
  let id = 1;
  for (let i = 0; i < n; i++) {
    const date = 1_613_730_360 + i * 600;
    if (i % 7 === 3) {
      out.push({ id: id++, date, photo: "photos/a.jpg", text: [`Album ${i}: the river at dawn`] });
      out.push({ id: id++, date, photo: "photos/b.jpg" });
      continue;
    }
    out.push({
      id: id++,
      date,
      text: [
        { type: "bold", text: `Council approves the bridge budget, item ${i}` },
        `\nBaghdad – Tigris\n\nThe council met on day ${i} and voted on the plan. #Baghdad\n\n${PROMO}`,
      ],
    });
  }
  return out;
}

type Collected = Exclude<PrepareEvent, { kind: "batch" }> | { kind: "batch"; batch: Unpacked };

/** The events, each batch unpacked as it comes: packed bytes are valid only until the next event. */
async function collect(
  prep: ReturnType<typeof prepareExport>,
  channel = settings,
  seen = { packed: 0 },
): Promise<Collected[]> {
  const events: Collected[] = [];
  for await (const ev of prep.events()) {
    if (ev.kind === "batch" && ev.batch.textless && ev.batch.buffer) seen.packed++;
    events.push(ev.kind === "batch" ? { kind: "batch", batch: unpacked(ev.batch) } : ev);
    if (ev.kind === "header") prep.setChannel(channel);
  }
  return events;
}

function batches(events: Collected[]): Unpacked[] {
  return events.flatMap((e) => (e.kind === "batch" ? [e.batch] : []));
}

type Unpacked = ReturnType<typeof unpacked>;

/**
 * A batch as prepared, before the worker packed its long texts as UTF-8 (see pack-batch.ts), with the raw
 * messages as text. Packing drops the text of posts outside albums, so it is dropped here from batches
 * that were not packed too.
 */
function unpacked(batch: PreparedBatch) {
  const utf8 = new TextDecoder();
  const { rawBytes, posts, textless: _, buffer: __, ...rest } = batch;
  const withoutText = (post: TelegramPost) =>
    post.mediaGroupId === undefined ? { ...post, text: "", entities: [] } : post;
  return {
    ...rest,
    posts: posts.map(withoutText),
    raw: rawBytes.map((b) => utf8.decode(b)),
    drafts: batch.drafts.map(({ bytes, ...d }) => ({
      ...d,
      draft: unpackDraft({ ...d, ...(bytes && { bytes }) }),
    })),
  };
}

describe("import preparation", () => {
  it("gives the same batches from the worker threads as on the caller's thread", async () => {
    const dir = await writeExportDir(exportJson(specs(300)));
    const file = path.join(dir, "result.json");
    const seen = { packed: 0 };
    const threaded = await collect(prepareExport(file, { batchSize: 64 }), settings, seen);
    const inThread = await collect(prepareExport(file, { batchSize: 64, worker: false }));
    expect(threaded[0]).toMatchObject({ kind: "header", header: { name: "Test Channel" } });
    expect(batches(threaded).length).toBeGreaterThan(4);
    // The worker packs long texts as UTF-8 for the writing thread; unpacked, the batches are the same.
    expect(seen.packed).toBe(batches(threaded).length);
    expect(threaded).toEqual(inThread);
  });

  it("derives what IngestService would: hashes, drafts and permalinks of each unit", async () => {
    const dir = await writeExportDir(exportJson(specs(40)));
    const prep = prepareExport(path.join(dir, "result.json"), { batchSize: 1000, worker: false });
    let batch: PreparedBatch | undefined;
    for await (const e of prep.events()) {
      if (e.kind === "header") prep.setChannel(settings);
      else batch ??= e.batch;
    }
    expect(batch).toBeDefined();
    const posts = batch!.posts;
    expect(batch!.hashes).toEqual(posts.map((p) => postHash(p)));
    // Export messages store no post JSON: it is read back from their raw form.
    expect(batch!.postJson).toEqual(posts.map(() => FROM_RAW));
    // The repeated closing line was learnt from the batch itself, and no draft carries it.
    expect(batch!.newPromoLines).toHaveLength(1);
    const learnt = { ...settings, detectedPromoLines: batch!.newPromoLines };
    expect(batch!.promoKey).toBe(JSON.stringify(batch!.newPromoLines));
    const albums = batch!.drafts.filter((d) => d.messageIds.length === 2);
    expect(albums.length).toBeGreaterThan(0);
    for (const d of batch!.drafts) {
      const unit = d.messageIds.map((id) => posts.find((p) => p.messageId === id)!);
      expect(d.draft).toEqual(buildArticle({ posts: unit, channel: learnt }));
      expect(d.draft.bodyText).not.toContain("Follow Tigris News");
      expect(d.pathKey).toBe(articlePathKey(unit[0]!.date, "Asia/Baghdad", d.draft.slug));
    }
  });

  it("carries promotion lines learnt in one batch into the next", () => {
    const post = (id: number, text: string): ImportedMessage => ({
      post: { messageId: id, date: 1_600_000_000 + id, text, entities: [], media: [] },
      rawBytes: new TextEncoder().encode("{}"),
    });
    const first = Array.from({ length: 20 }, (_, i) =>
      post(i + 1, `Headline ${i}\n\nBody of story ${i}.\n\n${PROMO}`),
    );
    const second = [post(100, `Late headline\n\nLate body.\n\n${PROMO}`)];
    const preparer = new BatchPreparer(settings);
    const a = preparer.prepare(first);
    expect(a.newPromoLines).toEqual(
      newPromoLines(
        first.map((m) => m.post),
        [],
      ),
    );
    const b = preparer.prepare(second);
    expect(b.newPromoLines).toEqual([]);
    expect(b.promoKey).toBe(a.promoKey);
    expect(b.drafts[0]!.draft.bodyText).toBe("Late body.");
  });

  it("fails like the reader on a truncated file, with its byte position", async () => {
    const json = exportJson(specs(120));
    const dir = await writeExportDir(json.slice(0, Math.floor(json.length * 0.6)));
    const file = path.join(dir, "result.json");
    const fromReader = await (async () => {
      try {
        for await (const _ of readExport(file, { worker: false })) void _;
      } catch (e) {
        return e;
      }
    })();
    expect(fromReader).toBeInstanceOf(ExportFormatError);
    for (const worker of [true, false]) {
      const error = await collect(prepareExport(file, { batchSize: 32, worker })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExportFormatError);
      expect((error as ExportFormatError).message).toBe((fromReader as ExportFormatError).message);
      expect((error as ExportFormatError).position).toBe((fromReader as ExportFormatError).position);
    }
  });

  it("stops its workers when the consumer stops early", async (ctx) => {
    // Each worker is an OS thread of this process: Linux lists them in /proc/self/task.
    if (!existsSync("/proc/self/task")) return ctx.skip();
    const threads = () => readdirSync("/proc/self/task").length;
    const dir = await writeExportDir(exportJson(specs(300)));
    const before = threads();
    const prep = prepareExport(path.join(dir, "result.json"), { batchSize: 16 });
    let seen = 0;
    let during = 0;
    for await (const ev of prep.events()) {
      if (ev.kind === "header") prep.setChannel(settings);
      else if (++seen === 2) {
        during = threads();
        break;
      }
    }
    expect(during).toBeGreaterThanOrEqual(before + 2);
    expect(threads()).toBe(before);
  });
});
