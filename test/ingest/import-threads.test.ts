// An import through the worker threads (the default) stores exactly what the in-thread path stores: the
// raw messages as text, the same articles, and hashes that make a re-import a no-op. On SQLite the writes
// bind UTF-8 bytes packed by the worker; on PostgreSQL they go through Kysely.
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import type { Services } from "../../src/compose/services.js";
import { importExport } from "../../src/ingest/import-telegram-export.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { type ExportMessageSpec, exportJson, writeExportDir } from "../helpers/export-builder.js";
import { testApp, testServices } from "../helpers/services.js";

const BASE = Date.UTC(2024, 2, 1, 9, 0) / 1000;

function messages(): ExportMessageSpec[] {
  const out: ExportMessageSpec[] = [];
  for (let i = 0; i < 90; i++) {
    const id = i + 1;
    out.push(
      i % 9 === 4
        ? { id, date: BASE + i * 900, photo: "photos/missing.jpg", text: [`صورة من الموصل ${i}`] }
        : {
            id,
            date: BASE + i * 900,
            text: [
              { type: "bold", text: `البرلمان يناقش موازنة المحافظات ${i}` },
              `\nبغداد – الرافدين\n\nعقد البرلمان جلسة اليوم لمناقشة الموازنة رقم ${i} (`,
              { type: "text_link", text: "التفاصيل", href: `https://example.org/n/${i}` },
              "). #بغداد\n\nتابعوا قناة الرافدين على تلغرام",
            ],
          },
    );
  }
  return out;
}

describeEachDatabase("imports through worker threads", (getDb) => {
  let s: Services;
  let dir: string;
  const json = exportJson(messages());

  beforeAll(async () => {
    s = await testServices(getDb().db);
    dir = await writeExportDir(json);
  });

  it("stores raw messages and articles as text, and renders them", async () => {
    const r = await importExport(s, { path: dir, channel: "rafidain", defaultTimezone: "Asia/Baghdad" });
    expect(r.counts.created).toBe(90);
    const db = s.db.kysely;
    const raw = await db
      .selectFrom("messages")
      .select(["message_id", "raw"])
      .where("message_id", "=", 7)
      .executeTakeFirstOrThrow();
    expect(typeof raw.raw).toBe("string");
    expect(JSON.parse(raw.raw)).toEqual((JSON.parse(json) as { messages: unknown[] }).messages[6]);
    if (s.db.dialect === "sqlite") {
      const types = await sql<{ t: string }>`
        SELECT DISTINCT typeof(raw) || ',' || typeof(post) AS t FROM messages
        UNION SELECT DISTINCT typeof(body_html) || ',' || typeof(body_text) || ',' || typeof(summary) FROM articles`.execute(
        db,
      );
      expect(types.rows.map((x) => x.t).sort()).toEqual(["text,text", "text,text,text"]);
    }
    const article = await db
      .selectFrom("articles")
      .selectAll()
      .where("message_id", "=", 7)
      .executeTakeFirstOrThrow();
    expect(article.headline).toBe("البرلمان يناقش موازنة المحافظات 6");
    expect(article.body_html).toContain('href="https://example.org/n/6"');
    expect(article.body_text).not.toContain("تابعوا قناة الرافدين");
    const page = await testApp(s).request("/p/rafidain/7");
    expect(page.status).toBe(301);
    const html = await (await testApp(s).request(page.headers.get("location")!)).text();
    expect(html).toContain("عقد البرلمان جلسة اليوم لمناقشة الموازنة رقم 6 (");
  });

  it("gives what the in-thread path gives: re-importing either way changes nothing", async () => {
    for (const worker of [false, true]) {
      const r = await importExport(s, { path: dir, channel: "rafidain", defaultTimezone: "UTC", worker });
      expect(r.counts).toMatchObject({ created: 0, updated: 0, messages: 90 });
      expect(r.counts.unchanged).toBeGreaterThanOrEqual(90);
    }
  });
});
