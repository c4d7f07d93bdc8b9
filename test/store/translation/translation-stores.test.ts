// The translation feature's stores on both databases: an edition's row, path and units land together or
// not at all; former paths keep pointing at their article; the scans pick the articles that need work.
import { beforeAll, expect, it } from "vitest";
import { importExport } from "../../../src/ingest/import-telegram-export.js";
import {
  type NewEdition,
  openTranslationStores,
  type TranslationStores,
  type UnitRow,
} from "../../../src/store/translation/index.js";
import { describeEachDatabase } from "../../helpers/databases.js";
import { exportJson, writeExportDir } from "../../helpers/export-builder.js";
import { testServices } from "../../helpers/services.js";
import { arabicPost, otherPost, POSTED } from "../../translation/arabic-post.js";

function edition(articleId: number, path: string, sourceHash: string): NewEdition {
  return {
    article_id: articleId,
    language: "en",
    kind: "translation",
    path,
    headline: "Headline",
    dateline_place: null,
    dateline_outlet: null,
    body_html: "<p>Body</p>",
    body_text: "Body",
    summary: "Body",
    source_language: "ar",
    source_hash: sourceHash,
    published_at: POSTED,
    provider: "libretranslate",
    translated_at: POSTED,
    modified_at: POSTED,
  };
}

function unit(articleId: number, position: number): UnitRow {
  return {
    article_id: articleId,
    language: "en",
    position,
    source_hash: `h${position}`,
    source_html: `source ${position}`,
    machine_html: `machine ${position}`,
    human_html: null,
    human_by: null,
    human_at: null,
    review: 0,
    review_human_html: null,
    review_source_html: null,
  };
}

describeEachDatabase("translation stores", (getDb) => {
  let stores: TranslationStores;
  let channelId = 0;
  let first = { id: 0, hash: "" };
  let second = { id: 0, hash: "" };

  beforeAll(async () => {
    const s = await testServices(getDb().db);
    const channel = await s.channels.create({
      username: "rafidain",
      title: "الرافد",
      timezone: "Asia/Baghdad",
      language: "ar",
    });
    channelId = channel.id;
    const dir = await writeExportDir(exportJson([arabicPost(42), otherPost(43)]));
    await importExport(s, { path: dir, channel: "rafidain", defaultTimezone: "UTC", worker: false });
    const a = (await s.articles.byMessage(channel.id, 42))!;
    const b = (await s.articles.byMessage(channel.id, 43))!;
    first = { id: a.id, hash: a.content_hash };
    second = { id: b.id, hash: b.content_hash };
    stores = openTranslationStores(getDb().db, s.testClock);
  });

  it("writes nothing of an edition when its transaction fails", async () => {
    const failing = stores.transaction(async (w) => {
      await w.save(edition(first.id, "2021/02/19/old-slug", first.hash));
      await w.replaceUnits(first.id, "en", [unit(first.id, -3), unit(first.id, 1)]);
      throw new Error("provider reply unusable");
    });
    await expect(failing).rejects.toThrow("provider reply unusable");
    expect(await stores.editions.get(first.id, "en")).toBeUndefined();
    expect(await stores.units.list(first.id, "en")).toEqual([]);
  });

  it("saves an edition with its path and units, and keeps a former path pointing at it", async () => {
    await stores.transaction(async (w) => {
      expect(await w.currentPath(first.id, "en")).toBeUndefined();
      await w.save(edition(first.id, "2021/02/19/old-slug", first.hash));
      await w.replaceUnits(first.id, "en", [unit(first.id, -3), unit(first.id, 1)]);
    });
    await stores.transaction((w) => w.save(edition(first.id, "2021/02/19/new-slug", first.hash)));
    expect((await stores.editions.byPath("en", "2021/02/19/old-slug"))?.path).toBe("2021/02/19/new-slug");
    expect((await stores.units.list(first.id, "en")).map((u) => u.position)).toEqual([-3, 1]);
    await stores.transaction(async (w) => {
      expect(await w.currentPath(first.id, "en")).toBe("2021/02/19/new-slug");
      expect(await w.pathOwner("en", "2021/02/19/old-slug")).toBe(first.id);
      expect(await w.pathOwner("en", "2021/02/19/unused")).toBeUndefined();
    });
  });

  it("records an editor's correction of an existing unit only", async () => {
    const key = { articleId: first.id, language: "en", position: 1 };
    expect(await stores.transaction((w) => w.setHuman(key, "corrected", "editor", POSTED + 60))).toBe(true);
    const missing = { ...key, position: 9 };
    expect(await stores.transaction((w) => w.setHuman(missing, "x", "editor", POSTED + 60))).toBe(false);
    const [, paragraph] = await stores.units.list(first.id, "en");
    expect(paragraph).toMatchObject({ human_html: "corrected", human_by: "editor", human_at: POSTED + 60 });
  });

  it("finds the articles lacking an up-to-date edition, and those worth translating unasked", async () => {
    expect(await stores.scan.needingEdition(channelId, "en")).toEqual([second.id]);
    await stores.transaction((w) => w.save(edition(first.id, "2021/02/19/new-slug", "an older text")));
    expect((await stores.scan.needingEdition(channelId, "en")).sort()).toEqual([first.id, second.id].sort());
    // Unasked: news (published since) or articles that already have the edition.
    expect(await stores.scan.worthTranslating([first.id, second.id], "en", POSTED + 86_400)).toEqual([
      first.id,
    ]);
    expect((await stores.scan.worthTranslating([first.id, second.id], "en", POSTED - 60)).sort()).toEqual(
      [first.id, second.id].sort(),
    );
  });

  it("reads a channel's back catalogue a page at a time, in id order", async () => {
    const ids = [first.id, second.id].sort((x, y) => x - y);
    expect((await stores.scan.page(channelId, 0, 1)).map((a) => a.id)).toEqual([ids[0]]);
    expect((await stores.scan.page(channelId, ids[0]!, 10)).map((a) => a.id)).toEqual([ids[1]]);
    expect(await stores.scan.page(channelId, ids[1]!, 10)).toEqual([]);
  });
});
