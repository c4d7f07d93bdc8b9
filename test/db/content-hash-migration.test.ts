// Migration 0009 gives stored articles their content hash of the second definition: a re-import after it
// finds nothing changed, and translated editions made from the current text are still current.
import { expect, it } from "vitest";
import { contentHashV2 } from "../../src/db/migrations/0009-content-hash-v2.js";
import { importExport } from "../../src/ingest/import-telegram-export.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { exportJson, writeExportDir } from "../helpers/export-builder.js";
import { testServices } from "../helpers/services.js";

const MESSAGES = [
  {
    id: 1,
    date: 1_613_730_360,
    text: ["بغداد – الناس\nالمجلس يقرّ موازنة الجسر\n\nقالت الوزارة إن العمل يبدأ. #بغداد"],
  },
  {
    id: 2,
    date: 1_613_730_960,
    text: [
      { type: "bold", text: "Bridge budget passed" },
      "\n\nThe council voted on Tuesday, officials said.",
    ],
  },
  {
    id: 3,
    date: 1_613_731_560,
    text: ["A third post without a dateline, long enough to stand as an article."],
  },
];

describeEachDatabase("migration 0009: content hashes of the second definition", (get) => {
  it("recomputes every article's hash from its stored fields and moves the current editions along", async () => {
    const { db } = get();
    const s = await testServices(db);
    const dir = await writeExportDir(exportJson(MESSAGES));
    const runImport = () =>
      importExport(s, { path: dir, channel: "nasnews", defaultTimezone: "UTC", worker: false });
    await runImport();
    const k = db.kysely;
    const built = await k.selectFrom("articles").select(["id", "content_hash"]).orderBy("id").execute();
    expect(built).toHaveLength(3);
    const [first, second] = built as [(typeof built)[0], (typeof built)[0]];

    // As an earlier version left them: hashes of the first definition, an edition made from the current
    // text of the first article, one made from an older text of the second.
    for (const a of built) {
      await k
        .updateTable("articles")
        .set({ content_hash: `v1-${a.id}` })
        .where("id", "=", a.id)
        .execute();
    }
    const edition = (articleId: number, sourceHash: string) => ({
      article_id: articleId,
      language: "en",
      kind: "translation" as const,
      path: `/en/${articleId}/`,
      headline: "Edition",
      dateline_place: null,
      dateline_outlet: null,
      body_html: "<p>Text.</p>",
      body_text: "Text.",
      summary: "Text.",
      source_language: "ar",
      source_hash: sourceHash,
      published_at: 1_613_730_360,
      provider: "test",
      translated_at: 1_613_740_000,
      modified_at: 1_613_740_000,
    });
    await k
      .insertInto("editions")
      .values([edition(first.id, `v1-${first.id}`), edition(second.id, "v1-older")])
      .execute();

    await contentHashV2().up(k);

    const after = await k.selectFrom("articles").select(["id", "content_hash"]).orderBy("id").execute();
    expect(after).toEqual(built);
    const editions = await k
      .selectFrom("editions")
      .select(["article_id", "source_hash"])
      .orderBy("article_id")
      .execute();
    expect(editions).toEqual([
      { article_id: first.id, source_hash: first.content_hash },
      { article_id: second.id, source_hash: "v1-older" },
    ]);

    // Nothing changed for a re-import: no revision, no update.
    const again = await runImport();
    expect(again.counts.updated).toBe(0);
    expect(again.counts.unchanged).toBe(3);
  });
});
