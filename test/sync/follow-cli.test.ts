// `dateline follow` end to end, as an operator runs it: against a local t.me serving the real saved pages
// (../shared/fixtures, skipped when absent), a channel without a preview, and a deletion that
// `dateline article restore` undoes. Runs on SQLite and PostgreSQL.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, expect, it } from "vitest";
import { isArticleWorthy } from "../../src/ingest/units.js";
import { runCli } from "../../src/main.js";
import type { MediaRef, TelegramPost } from "../../src/telegram/post.js";
import { parsePreviewPage } from "../../src/telegram/preview/parse-page.js";
import { testApp, testServices } from "../helpers/services.js";
import { sharedDir, sharedPath } from "../helpers/shared.js";
import { noPostsPage, unavailablePage } from "../telegram/preview/samples.js";
import { describeEachCliDatabase } from "./cli-databases.js";
import { cdnAnswer, FakeChannel, PAGE_SIZE, startTme, type Tme } from "./fake-channel.js";

const CDN_URL = /https:\/\/(cdn\d*\.(?:telegram-cdn\.org|telesco\.pe))\//g;

/** The saved blocks of t.me/s/tchantest (one post each), by message id. */
function tchanBlocks(): Map<number, string> {
  const dir = sharedPath("fixtures/tchan");
  const blocks = new Map<number, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".html"))) {
    const html = readFileSync(path.join(dir, file), "utf8");
    const id = /data-post="tchantest\/(\d+)"/.exec(html)?.[1];
    if (id) blocks.set(Number(id), html);
  }
  return blocks;
}

/** Serves t.me/s/tchantest (20 blocks a page, `?before=`) and t.me/s/testchan, media from a local CDN. */
async function realPagesServer(): Promise<Tme> {
  const blocks = tchanBlocks();
  const special = readFileSync(sharedPath("fixtures/tme/specialteam-page1.html"), "utf8");
  const tme: Tme = await startTme(async (p) => {
    const url = new URL(p, "http://x");
    const local = (html: string) => html.replace(CDN_URL, `${tme.baseUrl}/cdn/$1/`);
    if (url.pathname.startsWith("/cdn/")) return cdnAnswer(url.pathname);
    const before = url.searchParams.has("before") ? Number(url.searchParams.get("before")) : undefined;
    if (url.pathname === "/s/tchantest") {
      const ids = [...blocks.keys()]
        .filter((id) => before === undefined || id < before)
        .sort((a, b) => a - b);
      const shown = ids.slice(-PAGE_SIZE).map((id) => blocks.get(id)!);
      return {
        body: local(
          `<!DOCTYPE html><html><head><meta property="og:title" content="tchan test"></head><body><section class="tgme_channel_history js-message_history">${shown.join("\n")}</section></body></html>`,
        ),
      };
    }
    if (url.pathname === "/s/testchan") return { body: before === undefined ? local(special) : noPostsPage };
    return { status: 404 };
  });
  return tme;
}

/** What the (separately tested) parser reads on every page the server has for a channel, with album items. */
async function expectedPosts(
  tme: Tme,
  channel: string,
): Promise<{ post: TelegramPost; itemIds: number[] }[]> {
  const posts: { post: TelegramPost; itemIds: number[] }[] = [];
  let before: number | undefined;
  for (;;) {
    const res = await fetch(`${tme.baseUrl}/s/${channel}${before === undefined ? "" : `?before=${before}`}`);
    const page = parsePreviewPage(await res.text(), { channel, seenAt: 0, baseUrl: tme.baseUrl });
    for (const { post } of page.posts) {
      const album = page.albums.find((a) => a.messageId === post.messageId);
      posts.push({ post, itemIds: album?.itemIds ?? [post.messageId] });
    }
    if (page.minId === undefined || page.minId === before) return posts;
    before = page.minId;
  }
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];

describeEachCliDatabase("dateline follow", (getDb) => {
  const outs: string[] = [];
  const errs: string[] = [];
  const io = (extra: Record<string, string>) => ({
    out: (l: string) => outs.push(l),
    err: (l: string) => errs.push(l),
    env: {
      ...getDb().env,
      DATELINE_SITE_URL: "https://news.example.org",
      DATELINE_PREVIEW_MIN_INTERVAL_MS: "0",
      DATELINE_LOG_LEVEL: "error",
      ...extra,
    },
  });

  let closed: Tme | undefined;
  beforeAll(async () => {
    closed = await startTme(async (p) =>
      p.startsWith("/s/closed_channel") ? { body: unavailablePage } : { status: 404 },
    );
  });
  afterAll(async () => {
    await closed?.close();
  });

  it("refuses a channel without a public preview, storing nothing", async () => {
    errs.length = 0;
    const code = await runCli(
      ["follow", "closed_channel"],
      io({ DATELINE_PREVIEW_BASE_URL: closed!.baseUrl }),
    );
    expect(code).toBe(1);
    const host = closed!.baseUrl.replace("http://", "");
    expect(errs).toEqual([
      `dateline follow: @closed_channel has no public preview (${host}/s/closed_channel): it may be private or have the preview disabled`,
    ]);
    // A 404 (no such channel) reads the same.
    expect(
      await runCli(["follow", "missing_channel"], io({ DATELINE_PREVIEW_BASE_URL: closed!.baseUrl })),
    ).toBe(1);
    expect(errs[1]).toContain("@missing_channel has no public preview");
    const db = getDb().db.kysely;
    expect(await db.selectFrom("channels").selectAll().execute()).toEqual([]);
    expect(await db.selectFrom("messages").selectAll().execute()).toEqual([]);
  });

  it.skipIf(!sharedDir)(
    "imports every post of the real saved pages with its text, time and local media",
    async () => {
      const tme = await realPagesServer();
      try {
        for (const channel of ["tchantest", "testchan"]) {
          outs.length = 0;
          const code = await runCli(
            ["follow", channel, "--backfill", "100"],
            io({ DATELINE_PREVIEW_BASE_URL: tme.baseUrl }),
          );
          expect(code, errs.join("\n")).toBe(0);
          expect(outs.join("\n")).toMatch(/posts read from \d+ pages/);
        }
        const s = await testServices(getDb().db);
        const app = testApp(s);
        const tchan = await expectedPosts(tme, "tchantest");
        const special = await expectedPosts(tme, "testchan");
        expect(tchan.length).toBeGreaterThan(20); // two pages
        expect(special).toHaveLength(3);

        let articlesChecked = 0;
        let mediaChecked = 0;
        for (const [username, posts] of [
          ["tchantest", tchan],
          ["testchan", special],
        ] as const) {
          const channel = (await s.channels.byUsername(username))!;
          expect(channel.follow).toBe(1);
          for (const { post, itemIds } of posts) {
            const label = `${username}/${post.messageId}`;
            const row = await s.db.kysely
              .selectFrom("messages")
              .selectAll()
              .where("channel_id", "=", channel.id)
              .where("message_id", "=", post.messageId)
              .executeTakeFirst();
            expect(row, label).toBeDefined();
            const stored = JSON.parse(row!.post) as { text: string; date: number };
            expect([stored.text, stored.date], label).toEqual([post.text, post.date]);

            // Media: every item downloaded from the local CDN into the media store (album items by their own ids).
            const mediaRows = await s.db.kysely
              .selectFrom("message_media")
              .selectAll()
              .where("channel_id", "=", channel.id)
              .where("message_id", "in", itemIds)
              .orderBy("message_id")
              .orderBy("position")
              .execute();
            expect(
              mediaRows.map((m) => m.kind),
              label,
            ).toEqual(post.media.map((m: MediaRef) => m.kind));
            for (const [i, ref] of post.media.entries()) {
              const m = mediaRows[i]!;
              if (ref.source.type === "url") {
                expect(m.sha256, `${label} media ${i}`).toMatch(/^[0-9a-f]{64}$/);
                const ext = (
                  await s.db.kysely
                    .selectFrom("media")
                    .select("ext")
                    .where("sha256", "=", m.sha256!)
                    .executeTakeFirstOrThrow()
                ).ext;
                expect(
                  existsSync(path.join(getDb().mediaDir, m.sha256!.slice(0, 2), `${m.sha256}.${ext}`)),
                ).toBe(true);
                mediaChecked++;
              } else {
                expect(m.sha256).toBeNull();
                expect(m.missing_reason).toBeTruthy();
              }
            }

            if (!isArticleWorthy([post])) continue;
            const a = await s.articles.byMessage(channel.id, post.messageId);
            expect(a, label).toBeDefined();
            expect(a!.published_at, label).toBe(post.date);
            const shown = new Set(words(`${a!.headline} ${a!.body_text} ${a!.tags}`));
            for (const w of words(post.text)) expect(shown.has(w), `${label}: "${w}"`).toBe(true);
            const res = await app.request(`/${a!.path}/`);
            expect(res.status, label).toBe(200);
            const html = await res.text();
            expect(html).not.toMatch(/telesco\.pe|telegram-cdn\.org|\/cdn\//);
            expect(html).not.toContain(tme.baseUrl);
            const $ = cheerio.load(html);
            const sources = $("article img[src], article video[src], article audio[src], article source[src]")
              .map((_, e) => $(e).attr("src"))
              .get();
            const urlMedia = post.media.filter(
              (m: MediaRef) => m.source.type === "url" && m.kind !== "sticker",
            );
            if (urlMedia.length > 0) expect(sources.length, label).toBeGreaterThan(0);
            for (const src of sources) expect(src).toMatch(/^\/media\//);
            articlesChecked++;
          }
        }
        expect(articlesChecked).toBeGreaterThan(20);
        expect(mediaChecked).toBeGreaterThan(10);
        // Following again reads the same pages and changes nothing.
        outs.length = 0;
        expect(
          await runCli(
            ["follow", "tchantest", "--backfill", "100"],
            io({ DATELINE_PREVIEW_BASE_URL: tme.baseUrl }),
          ),
        ).toBe(0);
        expect(outs.join("\n")).toContain("0 articles created, 0 updated");
      } finally {
        await tme.close();
      }
    },
  );

  it("a post deleted on Telegram answers 410 until `dateline article restore` brings it back", async () => {
    const ch = await FakeChannel.start("restore_news");
    try {
      ch.addRange(1, 6, Date.UTC(2031, 0, 1) / 1000);
      const env = { DATELINE_PREVIEW_BASE_URL: ch.baseUrl };
      expect(
        await runCli(["follow", "restore_news", "--timezone", "Asia/Baghdad", "--language", "en"], io(env)),
      ).toBe(0);

      ch.delete(3);
      const s = await testServices(getDb().db, { ...env, DATELINE_PREVIEW_MIN_INTERVAL_MS: "0" });
      const channel = (await s.channels.byUsername("restore_news"))!;
      expect(channel.timezone).toBe("Asia/Baghdad");
      const counts = await s.follow().follower.poll(channel);
      expect(counts.deleted).toBe(1);
      const a = (await s.articles.byMessage(channel.id, 3))!;
      const app = testApp(s);
      expect((await app.request(`/${a.path}/`)).status).toBe(410);
      expect(await (await app.request("/")).text()).not.toContain(`href="/${a.path}/"`);

      outs.length = 0;
      expect(await runCli(["article", "restore", "restore_news/3"], io(env))).toBe(0);
      expect(outs).toEqual([`/${a.path}/ is now published`]);
      const after = await testServices(getDb().db, env);
      const fresh = testApp(after);
      expect((await fresh.request(`/${a.path}/`)).status).toBe(200);
      expect(await (await fresh.request("/")).text()).toContain(`href="/${a.path}/"`);
    } finally {
      await ch.tme.close();
    }
  });
});
