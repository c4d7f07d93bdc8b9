// The default reader runs in a worker thread: same events as on the caller's thread, same errors, and it
// stops when the consumer stops.
import { describe, expect, it } from "vitest";
import { ExportFormatError, readExport } from "../../../src/telegram/export/index.js";
import {
  BASE_UNIXTIME,
  exportText,
  type JsonObject,
  post,
  readAll,
  readError,
  service,
  writeExport,
} from "./sample-export.js";

const TEXTS = ["عاجل: خبر", "Новость дня 📰", "plain English", 'with "quotes" and \\ backslashes'];

/** A varied export: texts in several scripts, entities, albums, media, service messages. */
function variedMessages(count: number): JsonObject[] {
  return Array.from({ length: count }, (_, index) => {
    const id = index + 1;
    if (id % 17 === 0) return service(id);
    // ids ending in 1, 2, 3 share a date: albums of three
    const albumDate = String(BASE_UNIXTIME + Math.floor(id / 10) * 600);
    const media =
      id % 10 >= 1 && id % 10 <= 3
        ? { photo: `photos/photo_${id}.jpg`, width: 1280, height: 720, date_unixtime: albumDate }
        : {};
    return post(id, {
      text: TEXTS[id % TEXTS.length],
      text_entities: [
        { type: "bold", text: `#${id} ` },
        { type: "plain", text: TEXTS[id % TEXTS.length] },
      ],
      ...media,
    });
  });
}

describe("worker thread", () => {
  it("gives exactly the events of the in-thread reader", async () => {
    const file = await writeExport(exportText(variedMessages(3000)));
    const inThread = await readAll(file, { batchSize: 600, chunkSize: 4096 });
    const inWorker = await readAll(file, { batchSize: 600, chunkSize: 4096, worker: true });
    expect(inWorker.events).toEqual(inThread.events);
    const posts = 3000 - Math.floor(3000 / 17);
    expect(inWorker.messages.length).toBe(posts);
    const sizes = inWorker.events.flatMap((event) => (event.kind === "batch" ? [event.messages.length] : []));
    expect(sizes).toEqual([600, 600, 600, 600, posts - 2400]);
    expect(inWorker.skipped).toBe(Math.floor(3000 / 17));
    expect(inWorker.messages.some((message) => message.post.mediaGroupId !== undefined)).toBe(true);
  });

  it("reports errors as ExportFormatError with their code and byte", async () => {
    const text = exportText(variedMessages(50));
    const cut = text.length - 300;
    const file = await writeExport(text.slice(0, cut));
    const inThread = await readError(file);
    const inWorker = await readError(file, { worker: true });
    expect(inWorker).toBeInstanceOf(ExportFormatError);
    expect(inWorker).toMatchObject({
      code: "EXPORT_MALFORMED",
      position: Buffer.byteLength(text.slice(0, cut)),
    });
    expect(String(inWorker)).toBe(String(inThread));

    const refused = await readError(await writeExport(exportText([], { type: "private_group" })), {
      worker: true,
    });
    expect(refused).toMatchObject({ exportCode: "EXPORT_UNSUPPORTED_CHAT" });
  });

  it("stops the worker when the consumer stops early", async () => {
    const file = await writeExport(exportText(variedMessages(2000)));
    let batches = 0;
    for await (const event of readExport(file, { batchSize: 100 })) {
      if (event.kind === "batch" && ++batches === 2) break;
    }
    expect(batches).toBe(2);
  });

  it.each([true, false])("stops on abort (worker: %s)", async (worker) => {
    const file = await writeExport(exportText(variedMessages(2000)));
    const controller = new AbortController();
    const seen: string[] = [];
    const reading = (async () => {
      for await (const event of readExport(file, { batchSize: 100, signal: controller.signal, worker })) {
        seen.push(event.kind);
        if (seen.length === 3) controller.abort(new Error("stopped by the test"));
      }
    })();
    await expect(reading).rejects.toThrow("stopped by the test");
    expect(seen).toHaveLength(3);
  });

  it("refuses options it cannot use before starting", async () => {
    const file = await writeExport(exportText([]));
    await expect(readAll(file, { timezone: "Mars/Olympus_Mons" })).rejects.toThrow(
      /Unknown time zone "Mars\/Olympus_Mons"/,
    );
    await expect(readAll(file, { batchSize: 0 })).rejects.toThrow(/batchSize must be a positive integer/);
  });
});
