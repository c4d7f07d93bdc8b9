// Search and feeds per edition, on SQLite and PostgreSQL: an Arabic post's English edition is found at
// /en/search by an English inflection of a translated word (Porter2 stemming of the translated text),
// never at /search (the original is Arabic); a taken-down original's edition leaves the edition's
// results; the edition's RSS, Atom and JSON Feed validate and carry stable, language-qualified ids.
import * as cheerio from "cheerio";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { ChannelRow } from "../../../src/db/tables/index.js";
import { importExport } from "../../../src/ingest/import-telegram-export.js";
import { describeEachDatabase } from "../../helpers/databases.js";
import { exportJson, writeExportDir } from "../../helpers/export-builder.js";
import { checkAtom, checkRss, JsonFeedSchema } from "../../helpers/feed-specs.js";
import { testApp, testServices } from "../../helpers/services.js";
import { arabicPost, POSTED } from "../../translation/arabic-post.js";
import { fakeLibreTranslate } from "../../translation/fake-providers.js";

const KEY = "lt-key-0123456789";
const SITE = "https://news.example.org";
const SLUG = "jens-stoltenberg-the-alliance-will-expand-the-training-mission-in-iraq";
const EDITION = `/en/2021/02/19/${SLUG}/`;
const HEADLINE = "Jens Stoltenberg: the alliance will expand the training mission in Iraq";

describeEachDatabase("edition search and feeds", (getDb) => {
  const fake = fakeLibreTranslate({ apiKey: KEY });
  let s: Awaited<ReturnType<typeof testServices>>;
  let channel: ChannelRow;
  let articleId = 0;

  const get = (path: string) => testApp(s).request(path);
  const results = async (path: string) => {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    const $ = cheerio.load(await res.text());
    return $(".results .item-title a")
      .map((_, a) => ({ href: $(a).attr("href"), title: $(a).text() }))
      .get();
  };

  beforeAll(async () => {
    await fake.start();
    s = await testServices(getDb().db, {
      DATELINE_TRANSLATOR: "libretranslate",
      DATELINE_TRANSLATOR_URL: fake.url,
      DATELINE_TRANSLATOR_KEY: KEY,
    });
    s.testClock.t = POSTED + 3600;
    channel = await s.channels.create({
      username: "rafidain",
      title: "الرافد",
      timezone: "Asia/Baghdad",
      language: "ar",
    });
    await s.translation.setLanguages(channel.id, ["en"]);
    await s.translation.glossary.add(channel, "en", "ستولتنبرغ", "Jens Stoltenberg");
    const dir = await writeExportDir(exportJson([arabicPost(42)]));
    await importExport(s, { path: dir, channel: "rafidain", defaultTimezone: "UTC", worker: false });
    expect(await s.translation.worker.drain()).toMatchObject({ done: 1, failed: 0 });
    articleId = (await s.articles.byMessage(channel.id, 42))!.id;
    // Edition listeners run after the job; the index catches up at once but not synchronously.
    await vi.waitFor(async () => expect(await s.search.editionIndex.language("en").count()).toBe(1));
  });
  afterAll(() => fake.stop());

  it("finds the English edition by an English inflection at /en/search, not at /search", async () => {
    // "expanded" and "missions" stem to the headline's "expand" and "mission".
    for (const q of ["expanded", "missions", "trainings Stoltenberg"]) {
      expect(await results(`/en/search?q=${encodeURIComponent(q)}`), q).toEqual([
        { href: EDITION, title: HEADLINE },
      ]);
      expect(await results(`/search?q=${encodeURIComponent(q)}`), q).toEqual([]);
    }
    // The Arabic words are the original's, not the edition's.
    expect(await results(`/en/search?q=${encodeURIComponent("ستولتنبرغ")}`)).toEqual([]);
    expect(await results(`/search?q=${encodeURIComponent("ستولتنبرغ")}`)).toHaveLength(1);

    const $ = cheerio.load(await (await get("/en/search?q=expanded")).text());
    expect($(".results li").attr("lang")).toBe("en");
    expect($(".results li").attr("dir")).toBe("ltr");
    expect($("html").attr("lang")).toBe("en");
    expect($("html").attr("dir")).toBe("ltr");
    expect($("form.search-form").attr("action")).toBe("/en/search");
    expect($('link[rel="canonical"]').attr("href")).toBe(`${SITE}/en/search`);
    // The masthead's form on every edition page searches the edition.
    const home = cheerio.load(await (await get("/en/")).text());
    expect(home("header form.search").attr("action")).toBe("/en/search");
    const original = cheerio.load(await (await get("/")).text());
    expect(original("header form.search").attr("action")).toBe("/search");
    // No edition in that language: not an edition search.
    expect((await get("/fr/search?q=expanded")).status).toBe(404);
  });

  it("drops a taken-down original's edition from the results, and finds it again once restored", async () => {
    await s.articles.setStatus(articleId, "hidden", "test");
    await s.bus.emit({ kind: "status", channelId: channel.id, articleIds: [articleId] });
    expect(await results("/en/search?q=expanded")).toEqual([]);
    expect(await s.search.editionIndex.language("en").count()).toBe(0);
    // A saved edition of a hidden original is not indexed either.
    await s.search.editionIndexer.onEditionChange({ articleId, language: "en" });
    expect(await s.search.editionIndex.language("en").count()).toBe(0);

    await s.articles.setStatus(articleId, "published", null);
    await s.bus.emit({ kind: "status", channelId: channel.id, articleIds: [articleId] });
    expect(await results("/en/search?q=expanded")).toEqual([{ href: EDITION, title: HEADLINE }]);
    // `dateline search reindex` rebuilds the editions' index too.
    expect(await s.search.editionIndexer.reindexAll()).toEqual({ indexed: 1, removed: 0 });
    expect(await results("/en/search?q=expanded")).toHaveLength(1);
  });

  it("has valid RSS, Atom and JSON feeds per edition, with stable language-qualified ids", async () => {
    const guid = `${SITE}/en/p/rafidain/42`;

    const rss = await get("/en/feed/");
    expect(rss.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const { items } = checkRss(await rss.text());
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      title: HEADLINE,
      link: `${SITE}${EDITION}`,
      guid,
      guidIsPermaLink: "false",
    });

    const atom = await get("/en/feed/atom/");
    expect(atom.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const atomXml = await atom.text();
    const { entries } = checkAtom(atomXml);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: guid, title: HEADLINE, alternate: `${SITE}${EDITION}` });
    expect(entries[0]!.content).toContain("<strong>No decision has been taken</strong>");
    expect(atomXml).toContain(`<id>${SITE}/en/feed/atom/</id>`);
    expect(atomXml).toContain('xml:lang="en"');

    const json = await get("/en/feed.json");
    expect(json.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    const feed = JsonFeedSchema.parse(await json.json());
    expect(feed).toMatchObject({
      language: "en",
      feed_url: `${SITE}/en/feed.json`,
      home_page_url: `${SITE}/en/`,
    });
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      id: guid,
      url: `${SITE}${EDITION}`,
      title: HEADLINE,
      language: "en",
    });

    // The original's feeds keep the original's ids; the edition's pages announce all three formats.
    const original = JsonFeedSchema.parse(await (await get("/feed.json")).json());
    expect(original.items[0]!.id).toBe(`${SITE}/p/rafidain/42`);
    const home = cheerio.load(await (await get("/en/")).text());
    expect(home('head link[type="application/atom+xml"]').first().attr("href")).toBe("/en/feed/atom/");
    expect(home('head link[type="application/feed+json"]').first().attr("href")).toBe("/en/feed.json");
  });
});
