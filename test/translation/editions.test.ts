// Translated editions end to end, on SQLite and PostgreSQL, against a local LibreTranslate: an Arabic post
// becomes an English edition with the glossary's spelling, its links, emphasis, numbers and quotation;
// edits re-send only what changed and keep editors' corrections; a provider outage never touches the
// original, and the queue catches up when the provider is back.
import * as cheerio from "cheerio";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ChannelRow } from "../../src/db/tables/index.js";
import { importExport } from "../../src/ingest/import-telegram-export.js";
import { DATELINE_OUTLET } from "../../src/translation/article-units.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { type ExportMessageSpec, exportJson, writeExportDir } from "../helpers/export-builder.js";
import { type TestClock, testApp, testServices } from "../helpers/services.js";
import { arabicPost, otherPost, P1_EDITED, P5_EDITED, POSTED } from "./arabic-post.js";
import { fakeLibreTranslate } from "./fake-providers.js";

const KEY = "lt-key-0123456789";
const SITE = "https://news.example.org";
const SLUG = "jens-stoltenberg-the-alliance-will-expand-the-training-mission-in-iraq";

describeEachDatabase("translated editions", (getDb) => {
  const fake = fakeLibreTranslate({ apiKey: KEY });
  let s: Awaited<ReturnType<typeof testServices>>;
  let clock: TestClock;
  let channel: ChannelRow;
  let articleId = 0;
  let original = "";
  const env = () => ({
    DATELINE_TRANSLATOR: "libretranslate",
    DATELINE_TRANSLATOR_URL: fake.url,
    DATELINE_TRANSLATOR_KEY: KEY,
  });

  async function ingest(messages: ExportMessageSpec[]) {
    const dir = await writeExportDir(exportJson(messages));
    return importExport(s, { path: dir, channel: "rafidain", defaultTimezone: "UTC", worker: false });
  }

  const page = async (path: string) => {
    const res = await testApp(s).request(path);
    return { status: res.status, $: cheerio.load(await res.text()), res };
  };
  const paragraphs = ($: cheerio.CheerioAPI) =>
    $(".article-body p")
      .map((_, p) => $(p).text())
      .get();

  beforeAll(async () => {
    await fake.start();
    s = await testServices(getDb().db, env());
    clock = s.testClock;
    // The posts are news: the site's clock stands an hour after them.
    clock.t = POSTED + 3600;
    channel = await s.channels.create({
      username: "rafidain",
      title: "الرافد",
      timezone: "Asia/Baghdad",
      language: "ar",
    });
    await s.translation.setLanguages(channel.id, ["en"]);
    await s.translation.glossary.add(channel, "en", "ستولتنبرغ", "Jens Stoltenberg");
    await s.translation.glossary.add(channel, "en", "الرافد", "Rafid");
  });
  afterAll(() => fake.stop());

  it("serves the original at once and the English edition when the queue has done it", async () => {
    const r = await ingest([arabicPost(42)]);
    expect(r.counts.created).toBe(1);
    const location = (await testApp(s).request("/p/rafidain/42")).headers.get("location")!;
    original = location;
    const before = await page(location);
    expect(before.status).toBe(200);
    expect(before.$('link[hreflang="en"]')).toHaveLength(0);
    expect((await s.translation.queue.counts()).pending).toBe(1);

    const round = await s.translation.worker.drain();
    expect(round).toMatchObject({ done: 1, failed: 0, paused: false });
    articleId = (await s.articles.byMessage(channel.id, 42))!.id;
    const e = (await s.translation.editions.get(articleId, "en"))!;
    expect(e.path).toBe(`2021/02/19/${SLUG}`);
    // One request for all eight units (headline, place, outlet, five paragraphs).
    expect(fake.received).toHaveLength(1);
    expect(fake.texts).toHaveLength(8);
    expect(fake.texts.every((t) => !t.includes(KEY))).toBe(true);
  });

  it("writes names the glossary's way and keeps links, emphasis, numbers and the quotation", async () => {
    const { status, $ } = await page(`/en/2021/02/19/${SLUG}/`);
    expect(status).toBe(200);
    expect($("html").attr("lang")).toBe("en");
    expect($("html").attr("dir")).toBe("ltr");
    expect($("h1").text()).toBe("Jens Stoltenberg: the alliance will expand the training mission in Iraq");
    expect($("article .dateline").text()).toBe("Baghdad – Rafid");
    const body = paragraphs($);
    expect(body).toEqual([
      "announced Jens Stoltenberg on Thursday the expansion of the training mission.",
      "The defence minister met and Jens Stoltenberg in Brussels on 18 February, according to the statement.",
      "No decision has been taken yet on the withdrawal, and the number of trainers will rise from 500 to 4000.",
      "the spokesman said: “we will contribute our fair share”.",
      "The minister stressed that the decision is final.",
    ]);
    expect($.html()).not.toContain("Stoltenbergh");
    const link = $('.article-body a[href="https://example.org/statement"]');
    expect(link.text()).toBe("according to the statement");
    expect(link.attr("rel")).toBe("noopener");
    expect($(".article-body strong").text()).toBe("No decision has been taken");
    expect($(".article-body blockquote p").text()).toBe(
      "the spokesman said: “we will contribute our fair share”.",
    );
    expect($("time").first().text()).toBe("2021.02.19 – 13:26");
  });

  it("says it is a machine translation, links the original, and has alternates both ways", async () => {
    const edition = `${SITE}/en/2021/02/19/${SLUG}/`;
    const { $ } = await page(`/en/2021/02/19/${SLUG}/`);
    const notice = $(".translation-notice");
    expect(notice.text()).toContain("translated by machine from Arabic");
    expect(notice.find("a").attr("href")).toBe(original);
    expect($('link[rel="canonical"]').attr("href")).toBe(edition);
    expect($('head link[rel="alternate"][hreflang="ar"]').attr("href")).toBe(`${SITE}${original}`);
    expect($('head link[rel="alternate"][hreflang="en"]').attr("href")).toBe(edition);
    expect($('head link[rel="alternate"][hreflang="x-default"]').attr("href")).toBe(`${SITE}${original}`);
    expect($('.language-switcher a[hreflang="ar"]').text()).toBe("العربية");
    expect($('.language-switcher [aria-current="page"]').text()).toBe("English");

    // The original was cached before the translation existed: it must now point to the edition.
    const o = await page(original);
    expect(o.$('head link[rel="alternate"][hreflang="en"]').attr("href")).toBe(edition);
    expect(o.$('head link[rel="alternate"][hreflang="ar"]').attr("href")).toBe(`${SITE}${original}`);
    expect(o.$('.language-switcher a[hreflang="en"]').attr("href")).toBe(edition);
    expect(o.$("h1").text()).toContain("ستولتنبرغ");
  });

  it("has a home, archives, tag pages and an RSS feed per edition", async () => {
    const editionPath = `/en/2021/02/19/${SLUG}/`;
    for (const path of [
      "/en/",
      "/en/2021/",
      "/en/2021/02/",
      "/en/2021/02/19/",
      `/en/tag/${encodeURIComponent("بغداد")}/`,
    ]) {
      const { status, $ } = await page(path);
      expect(status, path).toBe(200);
      expect($(`a[href="${editionPath}"]`).text(), path).toContain("Jens Stoltenberg");
      expect($("html").attr("lang"), path).toBe("en");
    }
    const home = await page("/en/");
    expect(home.$('head link[hreflang="ar"]').attr("href")).toBe(`${SITE}/`);
    expect(home.$('head link[type="application/rss+xml"]').first().attr("href")).toBe("/en/feed/");
    expect((await page("/en/1999/")).status).toBe(404);
    expect((await page("/fr/")).status).toBe(404);
    const feed = await testApp(s).request("/en/feed/");
    expect(feed.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const xml = await feed.text();
    expect(xml).toContain(
      "<title>Jens Stoltenberg: the alliance will expand the training mission in Iraq</title>",
    );
    expect(xml).toContain(`<link>${SITE}${editionPath}</link>`);
    expect(xml).toContain("<language>en</language>");
    expect(xml).toContain("&lt;strong&gt;No decision has been taken&lt;/strong&gt;");
  });

  it("re-sends only the edited paragraph, and keeps an editor's correction of another", async () => {
    await s.translation.corrections.correct({
      articleId,
      language: "en",
      position: 5,
      text: "The minister said the decision <em>is final</em>.",
      editor: "desk",
    });
    let $ = (await page(`/en/2021/02/19/${SLUG}/`)).$;
    expect(paragraphs($)[4]).toBe("The minister said the decision is final.");

    fake.reset();
    const usageBefore = (await s.translation.stats()).usage.find((u) => u.provider === "libretranslate")!;
    const r = await ingest([arabicPost(42, { p1: P1_EDITED, edited: POSTED + 3600 })]);
    expect(r.counts.updated).toBe(1);
    await s.translation.worker.drain();

    expect(fake.received).toHaveLength(1);
    expect(fake.texts).toEqual([
      'زار <span translate="no" id="k1">Jens Stoltenberg</span> الجنود يوم الخميس.',
    ]);
    const usage = (await s.translation.stats()).usage.find((u) => u.provider === "libretranslate")!;
    expect(usage.characters - usageBefore.characters).toBe(fake.characters);

    $ = (await page(`/en/2021/02/19/${SLUG}/`)).$;
    const body = paragraphs($);
    expect(body[0]).toBe("visited Jens Stoltenberg the soldiers on Thursday.");
    expect(body[4]).toBe("The minister said the decision is final.");
    expect($(".article-body em").text()).toBe("is final");
    expect((await s.translation.corrections.reviews()).length).toBe(0);
  });

  it("flags a correction for review when its own paragraph changes", async () => {
    fake.reset();
    await ingest([arabicPost(42, { p1: P1_EDITED, p5: P5_EDITED, edited: POSTED + 7200 })]);
    await s.translation.worker.drain();
    expect(fake.texts).toEqual(["وأكد الوزير أن القرار مؤقت."]);
    const reviews = await s.translation.corrections.reviews("en");
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      position: 5,
      review_human_html: "The minister said the decision <em>is final</em>.",
    });
    const { $ } = await page(`/en/2021/02/19/${SLUG}/`);
    expect(paragraphs($)[4]).toBe("The minister stressed that the decision is temporary.");
    expect(await s.translation.corrections.resolve({ articleId, language: "en", position: 5 })).toBe(true);
    expect(await s.translation.corrections.reviews()).toHaveLength(0);
  });

  it("re-translates, on a glossary change, only the articles and paragraphs holding the term; old slugs redirect", async () => {
    await ingest([arabicPost(42, { p1: P1_EDITED, p5: P5_EDITED, edited: POSTED + 7200 }), otherPost(43)]);
    await s.translation.worker.drain();
    fake.reset();
    const change = await s.translation.glossary.add(channel, "en", "ستولتنبرغ", "J. Stoltenberg");
    expect(change).toMatchObject({ changed: 1, requeued: 1 });
    await s.translation.worker.drain();
    // Headline, first and second paragraphs hold the name; nothing else is sent.
    expect(fake.texts).toHaveLength(3);
    expect(fake.texts.every((t) => t.includes("J. Stoltenberg"))).toBe(true);
    const e = (await s.translation.editions.get(articleId, "en"))!;
    expect(e.path).toBe("2021/02/19/j-stoltenberg-the-alliance-will-expand-the-training-mission-in-iraq");
    const old = await testApp(s).request(`/en/2021/02/19/${SLUG}/`);
    expect(old.status).toBe(301);
    expect(old.headers.get("location")).toBe(`/en/${e.path}/`);
    const { $ } = await page(`/en/${e.path}/`);
    expect($("h1").text()).toBe("J. Stoltenberg: the alliance will expand the training mission in Iraq");
  });

  it("keeps ingestion and the original untouched while the provider is down, and catches up after", async () => {
    const fresh = (id: number) => ({
      ...otherPost(id, POSTED + id),
      text: [`العراق: الجنود في بغداد ${id}\n\n`, "زار الجنود بغداد."],
    });
    fake.reset();
    fake.mode = { kind: "status", status: 503 };
    const r = await ingest([fresh(50)]);
    expect(r.counts.created).toBe(1);
    const id50 = (await s.articles.byMessage(channel.id, 50))!.id;
    const loc = (await testApp(s).request("/p/rafidain/50")).headers.get("location")!;
    expect((await page(loc)).status).toBe(200);

    const outage = await s.translation.worker.runOnce();
    expect(outage).toMatchObject({ done: 0, retried: 1, paused: true });
    expect(await s.translation.editions.get(id50, "en")).toBeUndefined();
    expect((await s.translation.queue.recentErrors(1))[0]?.error).toBe(
      "libretranslate answered 503: Translation error",
    );
    // Paused: nothing is sent while the backoff runs.
    const sent = fake.received.length;
    expect((await s.translation.worker.runOnce()).paused).toBe(true);
    expect(fake.received.length).toBe(sent);

    // Connection refused, then a rate limit with Retry-After: still waiting, still online.
    await fake.stop();
    clock.t += 3600;
    expect((await s.translation.worker.runOnce()).retried).toBe(1);
    expect((await s.translation.queue.recentErrors(1))[0]?.error).toBe("libretranslate could not be reached");
    await fake.start();
    fake.mode = { kind: "status", status: 429, retryAfter: "1800" };
    clock.t += 7200;
    expect((await s.translation.worker.runOnce()).retried).toBe(1);
    expect(await s.translation.queue.nextDue()).toBeGreaterThanOrEqual(clock.t + 1800);
    const r2 = await ingest([fresh(51)]);
    expect(r2.counts.created).toBe(1);
    expect((await page(loc)).status).toBe(200);

    // The provider is back. A new process (nothing kept in memory) finishes the queue from the database.
    fake.mode = { kind: "ok" };
    clock.t += 7200;
    const restarted = await testServices(getDb().db, env());
    restarted.testClock.t = clock.t;
    const done = await restarted.translation.worker.drain();
    expect(done).toMatchObject({ done: 2, paused: false });
    // Both posts end with the same paragraph: it was sent once, the second came from the memory.
    expect(fake.texts.filter((t) => t === "زار الجنود بغداد.")).toHaveLength(1);
    expect((await restarted.translation.queue.counts()).pending).toBe(0);
    const e = (await restarted.translation.editions.get(id50, "en"))!;
    expect(e.headline).toBe("Iraq: the soldiers in Baghdad 50");
    expect((await testApp(restarted).request(`/en/${e.path}/`)).status).toBe(200);
  });

  it("leaves an imported history to `translate backfill`", async () => {
    const old = {
      ...otherPost(60, POSTED - 30 * 86_400),
      text: ["العراق: الجنود في بغداد\n\n", "زار الجنود العراق."],
    };
    const before = (await s.translation.queue.counts()).pending;
    expect((await ingest([old])).counts.created).toBe(1);
    expect((await s.translation.queue.counts()).pending).toBe(before);
    expect(await s.translation.backfill("en")).toBe(1);
    await s.translation.worker.drain();
    const id = (await s.articles.byMessage(channel.id, 60))!.id;
    expect((await s.translation.editions.get(id, "en"))?.headline).toBe("Iraq: the soldiers in Baghdad");
  });

  it("keeps a taken-down article's edition offline, and corrects the dateline as plain text", async () => {
    await s.translation.corrections.correct({
      articleId,
      language: "en",
      position: DATELINE_OUTLET,
      text: "<b>Rafid</b> News",
      editor: "desk",
    });
    const e = (await s.translation.editions.get(articleId, "en"))!;
    expect(e.dateline_outlet).toBe("Rafid News");
    await s.articles.setStatus(articleId, "hidden", "test");
    await s.bus.emit({ kind: "status", channelId: channel.id, articleIds: [articleId] });
    expect((await testApp(s).request(`/en/${e.path}/`)).status).toBe(410);
    const home = await (await testApp(s).request("/en/")).text();
    expect(home).not.toContain(e.path!);
  });
});
