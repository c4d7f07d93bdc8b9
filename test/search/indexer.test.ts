// Keeping the index in step: batches, full re-index, stale entries, failures. Runs on SQLite and
// PostgreSQL. (The `dateline search` command: test/cli/search.test.ts.)
import { beforeAll, expect, it } from "vitest";
import { importExport } from "../../src/ingest/import-telegram-export.js";
import { SearchIndexer } from "../../src/search/indexer.js";
import { analyzeQuery } from "../../src/search/query.js";
import { specOfQuery } from "../../src/search/query-spec.js";
import { createLogger } from "../../src/shared/logger.js";
import type { Progress } from "../../src/shared/progress.js";
import type { SearchIndex } from "../../src/store/search/search-index.js";
import { SearchStore } from "../../src/store/search/search-store.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { type ExportMessageSpec, exportJson, writeExportDir } from "../helpers/export-builder.js";
import { testApp, testServices } from "../helpers/services.js";

const BASE = Date.UTC(2024, 4, 1) / 1000;
const POSTS: ExportMessageSpec[] = Array.from({ length: 12 }, (_, i) => ({
  id: i + 1,
  date: BASE + i * 3600,
  text: [
    `Harbour report number ${i + 1}\n\nShips waited at the harbour for ${i + 1} days, pilot${i + 1} said.`,
  ],
}));

async function found(index: SearchIndex, q: string): Promise<number> {
  const r = await index.query(specOfQuery(analyzeQuery(q)), { order: "recent", window: 100 });
  return r.hits.length;
}

function counting(): Progress & { calls: number[][] } {
  const calls: number[][] = [];
  return { calls, update: (done, total) => calls.push([done, total]), finish: () => {} };
}

describeEachDatabase("search indexer", (getDb) => {
  let s: Awaited<ReturnType<typeof testServices>>;
  let ids: number[];
  const logged: string[] = [];
  const log = createLogger({ level: "debug", format: "json", write: (l) => logged.push(l) });

  beforeAll(async () => {
    s = await testServices(getDb().db);
    await s.channels.create({ username: "harbour", title: "Harbour", timezone: "UTC", language: "en" });
    const r = await importExport(s, {
      path: await writeExportDir(exportJson(POSTS)),
      channel: "harbour",
      defaultTimezone: "UTC",
      worker: false,
    });
    ids = r.createdIds;
    expect(ids).toHaveLength(12);
  });

  it("indexed the whole import from its one announcement", async () => {
    expect(await s.search.index.count()).toBe(12);
    expect(await found(s.search.index, "harbour")).toBe(12);
  });

  it("refreshes many articles in batches", async () => {
    await s.search.index.remove(ids);
    expect(await found(s.search.index, "harbour")).toBe(0);
    const indexer = new SearchIndexer({ index: s.search.index, store: new SearchStore(getDb().db), log }, 5);
    const progress = counting();
    expect(await indexer.refresh([...ids, ...ids, 999_999], progress)).toEqual({ indexed: 12, removed: 1 });
    expect(progress.calls).toEqual([
      [5, 13],
      [10, 13],
      [13, 13],
    ]);
    expect(await found(s.search.index, "harbour")).toBe(12);
    expect(await found(s.search.index, "pilot7")).toBe(1);
  });

  it("re-indexes everything, leaving out what is not published", async () => {
    const hidden = ids[2]!;
    await s.articles.setStatus(hidden, "hidden", "test"); // no announcement: the index still has it
    expect(await found(s.search.index, "pilot3")).toBe(1);
    await s.search.index.remove(ids.slice(5)); // and it lost some
    const progress = counting();
    expect(await s.search.indexer.reindexAll(progress)).toEqual({ indexed: 11, removed: 1 });
    expect(progress.calls.at(-1)).toEqual([12, 12]);
    expect(await found(s.search.index, "pilot3")).toBe(0);
    expect(await found(s.search.index, "harbour")).toBe(11);
    await s.articles.setStatus(hidden, "published", null);
    await s.search.indexer.refresh([hidden]);
  });

  it("never shows an article that is no longer published, even while the index still holds it", async () => {
    const hidden = ids[3]!;
    await s.articles.setStatus(hidden, "hidden", "test"); // no announcement
    expect(await found(s.search.index, "pilot4")).toBe(1);
    const html = await (await testApp(s).request("/search?q=pilot4")).text();
    expect(html).toContain("No articles match");
    await s.articles.setStatus(hidden, "published", null);
    const again = await (await testApp(s).request("/search?q=pilot4")).text();
    expect(again).toContain("Harbour report number 4");
  });

  it("logs a failed update instead of failing the change that caused it", async () => {
    const broken: SearchIndex = {
      ...s.search.index,
      index: async () => {
        throw new Error("disk full");
      },
      remove: async () => {},
    };
    const indexer = new SearchIndexer({ index: broken, store: new SearchStore(getDb().db), log });
    await expect(
      indexer.onChange({ kind: "updated", channelId: 1, articleIds: [ids[0]!] }),
    ).resolves.toBeUndefined();
    expect(logged.some((l) => l.includes("search index update failed") && l.includes("disk full"))).toBe(
      true,
    );
  });
});
