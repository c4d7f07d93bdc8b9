// The foundation end to end: an export of a channel with a seed-shaped post becomes an article page.
// Runs on SQLite and PostgreSQL.
import { truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, expect, it } from "vitest";
import type { Services } from "../../src/compose/services.js";
import { importExport } from "../../src/ingest/import-telegram-export.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { type ExportMessageSpec, exportJson, writeExportDir } from "../helpers/export-builder.js";
import { testApp, testServices } from "../helpers/services.js";

// 2021-02-19 10:26 UTC, which is 13:26 in Baghdad.
const POSTED = Date.UTC(2021, 1, 19, 10, 26) / 1000;
const PROMO = "The Riverside channel on Telegram … our latest updates, always";

const SEED_SHAPED: ExportMessageSpec = {
  id: 42,
  date: POSTED,
  text: [
    "Ministers agree to widen the training mission near the capital\n",
    "Baghdad – Riverside\n\n",
    "Defence ministers agreed on Thursday to enlarge the training mission, officials said.\n\n",
    PROMO,
    "\n\n",
    "“We will contribute our fair share to this expanded mission,” a spokeswoman told reporters.\n\n",
    { type: "bold", text: "No decision" },
    " has been taken yet on the timetable, according to a statement.\n\n",
    PROMO,
  ],
};

function filler(id: number, day: number): ExportMessageSpec {
  return {
    id,
    date: POSTED - day * 86400,
    text: [
      `Local council publishes its budget for district ${id}\nBasra – Riverside\n\nThe council met on day ${day}.\n\n`,
      PROMO,
    ],
  };
}

const MESSAGES: ExportMessageSpec[] = [
  { id: 1, date: POSTED - 30 * 86400, service: true },
  ...Array.from({ length: 12 }, (_, i) => filler(i + 2, 20 - i)),
  SEED_SHAPED,
];

describeEachDatabase("import and article pages", (getDb) => {
  let s: Services;
  let dir: string;

  beforeAll(async () => {
    s = await testServices(getDb().db);
    const ch = await s.channels.create({
      username: "riverside",
      title: "Riverside",
      timezone: "Asia/Baghdad",
      language: "en",
      cta: "The Riverside channel on Telegram: our latest updates, always",
      stripPatterns: [PROMO],
    });
    expect(ch.id).toBeGreaterThan(0);
    dir = await writeExportDir(exportJson(MESSAGES));
  });

  it("imports the export and renders the seed-shaped article", async () => {
    const r = await importExport(s, {
      path: dir,
      channel: "riverside",
      defaultTimezone: "UTC",
      worker: false,
    });
    expect(r.counts.created).toBe(13);
    expect(r.skipped).toBe(1);

    const app = testApp(s);
    const redirect = await app.request("/p/riverside/42");
    expect(redirect.status).toBe(301);
    const location = redirect.headers.get("location")!;
    expect(location).toMatch(/^\/2021\/02\/19\/ministers-agree-to-widen-the-training-mission/);

    const res = await app.request(location);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeTruthy();
    expect(res.headers.get("last-modified")).toBeTruthy();
    expect(res.headers.get("cache-control")).toBe("public, no-cache");
    const html = await res.text();
    const $ = cheerio.load(html);
    expect($("h1").text()).toBe("Ministers agree to widen the training mission near the capital");
    expect($("time").first().text()).toBe("2021.02.19 – 13:26");
    const article = $("article");
    const paragraphs = article
      .find(".article-body p")
      .map((_, p) => $(p).text())
      .get();
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs.some((p) => p.startsWith("Defence ministers agreed on Thursday"))).toBe(true);
    expect(paragraphs.some((p) => p.includes("“We will contribute our fair share"))).toBe(true);
    expect(paragraphs.some((p) => p.includes("No decision has been taken yet"))).toBe(true);
    expect(article.find("strong").first().text()).toBe("No decision");
    // The dateline is shown apart from the paragraphs.
    expect(article.find(".dateline").text()).toBe("Baghdad – Riverside");
    expect(paragraphs.some((p) => p.includes("Riverside"))).toBe(false);
    // The promotion line is not in the body; the site's call to action is there once.
    expect(html).not.toContain("The Riverside channel on Telegram …");
    expect(html.split("our latest updates, always").length - 1).toBe(1);
    expect($('a[href="https://t.me/riverside"]').length).toBeGreaterThan(0);
  });

  it("re-importing the same export changes nothing", async () => {
    const before = await s.articles.count();
    const r = await importExport(s, {
      path: dir,
      channel: "riverside",
      defaultTimezone: "UTC",
      worker: false,
    });
    expect(r.counts.created).toBe(0);
    expect(r.counts.updated).toBe(0);
    expect(await s.articles.count()).toBe(before);
  });

  it("a newer export with an edited post makes a revision", async () => {
    const edited: ExportMessageSpec = {
      ...SEED_SHAPED,
      edited: POSTED + 3600,
      text: [
        ...SEED_SHAPED.text!.slice(0, 3),
        "Defence ministers agreed on Thursday to double the training mission.\n\n",
        ...SEED_SHAPED.text!.slice(4),
      ],
    };
    const newer = await writeExportDir(exportJson([...MESSAGES.slice(0, -1), edited]));
    const r = await importExport(s, { path: newer, defaultTimezone: "UTC", worker: false });
    expect(r.counts.updated).toBe(1);
    expect(r.counts.created).toBe(0);
    const app = testApp(s);
    const location = (await app.request("/p/riverside/42")).headers.get("location")!;
    const html = await (await app.request(location)).text();
    expect(html).toContain("double the training mission");
    expect(html).toContain("2021.02.19 – 14:26"); // "Updated" time, in Baghdad
    const revisions = await (await app.request(`${location}revisions/`)).text();
    expect(revisions).toContain("to enlarge the training mission");
    expect(revisions).toContain("double the training mission");
  });

  it("a truncated export fails with its byte position and stores nothing", async () => {
    const before = await s.articles.count();
    const json = exportJson([
      ...MESSAGES,
      { id: 99, date: POSTED + 99, text: ["A new post that must not be stored\n\nBody."] },
    ]);
    const broken = await writeExportDir(json);
    await truncate(path.join(broken, "result.json"), json.length - 40);
    await expect(importExport(s, { path: broken, defaultTimezone: "UTC", worker: false })).rejects.toThrow(
      /byte \d+/,
    );
    expect(await s.articles.count()).toBe(before);
  });

  it("a malformed export fails with its position and stores nothing", async () => {
    const before = await s.articles.count();
    const json = exportJson([{ id: 100, date: POSTED + 100, text: ["Fresh post\n\nBody."] }, ...MESSAGES]);
    const broken = await writeExportDir(json.replace('"id": 2,', '"id": 2,,'));
    await expect(importExport(s, { path: broken, defaultTimezone: "UTC", worker: false })).rejects.toThrow(
      /byte \d+/,
    );
    expect(await s.articles.count()).toBe(before);
    const notJson = await writeExportDir("");
    await writeFile(path.join(notJson, "result.json"), "<html>not an export</html>");
    await expect(importExport(s, { path: notJson, defaultTimezone: "UTC", worker: false })).rejects.toThrow();
    expect(await s.articles.count()).toBe(before);
  });

  it("refuses an export of a personal chat or group", async () => {
    const group = await writeExportDir(
      exportJson([{ id: 1, date: POSTED, text: ["hello"] }], {
        name: "Friends",
        type: "private_supergroup",
        id: 55,
      }),
    );
    await expect(
      importExport(s, { path: group, channel: "friends", defaultTimezone: "UTC", worker: false }),
    ).rejects.toThrow(/channel/i);
  });

  it("serves home, archives, tags, 404 and the takedown 410", async () => {
    const app = testApp(s);
    const home = await (await app.request("/")).text();
    expect(home).toContain("Ministers agree to widen");
    expect((await app.request("/2021/02/19/")).status).toBe(200);
    expect((await app.request("/2021/02/")).status).toBe(200);
    expect((await app.request("/2021/")).status).toBe(200);
    expect((await app.request("/2021/02")).status).toBe(301);
    expect((await app.request("/1999/")).status).toBe(404);
    expect((await app.request("/tag/baghdad/")).status).toBe(200);
    expect((await app.request("/no/such/page/")).status).toBe(404);

    const a = (await s.articles.byMessage((await s.channels.byUsername("riverside"))!.id, 42))!;
    await s.articles.setStatus(a.id, "hidden", "test");
    await s.bus.emit({ kind: "status", channelId: a.channel_id, articleIds: [a.id] });
    const location = (await app.request("/p/riverside/42")).headers.get("location")!;
    expect((await app.request(location)).status).toBe(410);
    expect(await (await app.request("/")).text()).not.toContain("Ministers agree to widen");
    await s.articles.setStatus(a.id, "published", null);
    await s.bus.emit({ kind: "status", channelId: a.channel_id, articleIds: [a.id] });
    expect((await app.request(location)).status).toBe(200);
  });
});
