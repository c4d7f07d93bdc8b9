// Two instances over one database: a change made by one (or by a CLI command) reaches the other's page
// cache through the change log.
import { beforeAll, expect, it } from "vitest";
import type { Services } from "../../src/compose/services.js";
import { importExport } from "../../src/ingest/import-telegram-export.js";
import { silentLogger } from "../../src/shared/logger.js";
import { followChangeLog } from "../../src/store/change-log.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { exportJson, writeExportDir } from "../helpers/export-builder.js";
import { testApp, testServices } from "../helpers/services.js";

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeEachDatabase("change log between instances", (getDb) => {
  let a: Services;
  let b: Services;
  beforeAll(async () => {
    a = await testServices(getDb().db);
    b = await testServices(getDb().db);
    const dir = await writeExportDir(
      exportJson([
        {
          id: 7,
          date: 1700000000,
          text: ["Flood barriers raised along the river\n\nCrews worked through the night."],
        },
      ]),
    );
    await importExport(a, { path: dir, channel: "riverside", defaultTimezone: "UTC", worker: false });
  });

  it("a takedown by one instance drops the other's cached pages", async () => {
    const appB = testApp(b);
    const stop = followChangeLog(b.changeLog, b.dropPages, silentLogger);
    try {
      expect(await (await appB.request("/")).text()).toContain("Flood barriers raised");
      // B keeps the home page in its cache (the fast path would serve it from there)…
      expect(b.cache.get("/")).toBeDefined();
      const article = (await a.articles.byMessage((await a.channels.byUsername("riverside"))!.id, 7))!;
      await a.articles.setStatus(article.id, "hidden", "test");
      await a.bus.emit({ kind: "status", channelId: article.channel_id, articleIds: [article.id] });
      // …until it learns of A's change from the log.
      await until(async () => b.cache.get("/") === undefined);
      expect(await (await appB.request("/")).text()).not.toContain("Flood barriers raised");
    } finally {
      stop();
    }
  });
});
