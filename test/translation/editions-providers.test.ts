// The same Arabic post through DeepL (its own glossaries API) and an OpenAI-compatible server
// (placeholders): the glossary holds whichever provider translates, links and emphasis survive.
import * as cheerio from "cheerio";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ChannelRow } from "../../src/db/tables/index.js";
import { importExport } from "../../src/ingest/import-telegram-export.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { exportJson, writeExportDir } from "../helpers/export-builder.js";
import { testApp, testServices } from "../helpers/services.js";
import { arabicPost, POSTED } from "./arabic-post.js";
import { fakeDeepL, fakeOpenAi } from "./fake-providers.js";

const KEY = "provider-key-0123456789";

async function setUp(s: Awaited<ReturnType<typeof testServices>>): Promise<ChannelRow> {
  s.testClock.t = POSTED + 3600;
  const channel = await s.channels.create({
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
  return channel;
}

async function editionPage(s: Awaited<ReturnType<typeof testServices>>, channel: ChannelRow) {
  const a = (await s.articles.byMessage(channel.id, 42))!;
  const e = (await s.translation.editions.get(a.id, "en"))!;
  const res = await testApp(s).request(`/en/${e.path}/`);
  expect(res.status).toBe(200);
  return cheerio.load(await res.text());
}

function expectFaithful($: cheerio.CheerioAPI) {
  expect($("h1").text()).toBe("Jens Stoltenberg: the alliance will expand the training mission in Iraq");
  expect($(".article-body p").eq(1).text()).toBe(
    "The defence minister met and Jens Stoltenberg in Brussels on 18 February, according to the statement.",
  );
  expect($('.article-body a[href="https://example.org/statement"]').text()).toBe(
    "according to the statement",
  );
  expect($(".article-body strong").text()).toBe("No decision has been taken");
  expect($(".article-body p").eq(2).text()).toContain("from 500 to 4000");
  expect($.html()).not.toContain("Stoltenbergh");
}

describeEachDatabase("DeepL edition with a DeepL glossary", (getDb) => {
  const fake = fakeDeepL({ key: KEY });
  let s: Awaited<ReturnType<typeof testServices>>;
  let channel: ChannelRow;
  beforeAll(async () => {
    await fake.start();
    s = await testServices(getDb().db, {
      DATELINE_TRANSLATOR: "deepl",
      DATELINE_TRANSLATOR_URL: fake.url,
      DATELINE_TRANSLATOR_KEY: KEY,
    });
    channel = await setUp(s);
  });
  afterAll(() => fake.stop());

  it("keeps the glossary at DeepL, uses it, and protects the terms written with a prefix", async () => {
    expect([...fake.glossaries.values()].map((g) => [g.source, g.target, g.entries])).toEqual([
      ["ar", "en", [["ستولتنبرغ", "Jens Stoltenberg"]]],
    ]);
    const translate = fake.received.filter((r) => r.path === "/v2/translate");
    expect(translate).toHaveLength(1);
    expect(translate[0]!.body).toMatchObject({
      glossary_id: [...fake.glossaries.keys()][0],
      source_lang: "AR",
      tag_handling: "html",
    });
    // The headline's bare name is left to DeepL's glossary; the prefixed one ("وستولتنبرغ") is protected.
    expect(fake.texts[0]).toBe("ستولتنبرغ: الحلف سيوسع مهمة التدريب في العراق");
    expect(fake.texts.some((t) => t.includes('و <span translate="no" id="k1">Jens Stoltenberg</span>'))).toBe(
      true,
    );
    expectFaithful(await editionPage(s, channel));
  });

  it("replaces DeepL's glossary when the channel's changes", async () => {
    const [oldId] = [...fake.glossaries.keys()];
    await s.translation.glossary.add(channel, "en", "ستولتنبرغ", "J. Stoltenberg");
    await s.translation.worker.drain();
    expect(fake.glossaries.has(oldId!)).toBe(false);
    expect([...fake.glossaries.values()][0]?.entries).toEqual([["ستولتنبرغ", "J. Stoltenberg"]]);
    expect((await editionPage(s, channel))("h1").text()).toBe(
      "J. Stoltenberg: the alliance will expand the training mission in Iraq",
    );
  });
});

describeEachDatabase("DeepL edition when DeepL's glossary does not take", (getDb) => {
  const fake = fakeDeepL({ key: KEY, applyGlossary: false });
  let s: Awaited<ReturnType<typeof testServices>>;
  beforeAll(async () => {
    await fake.start();
    s = await testServices(getDb().db, {
      DATELINE_TRANSLATOR: "deepl",
      DATELINE_TRANSLATOR_URL: fake.url,
      DATELINE_TRANSLATOR_KEY: KEY,
    });
  });
  afterAll(() => fake.stop());

  it("notices the missing term and translates those units again with the term protected", async () => {
    const channel = await setUp(s);
    const translate = fake.received.filter((r) => r.path === "/v2/translate");
    expect(translate).toHaveLength(2);
    // Only the units whose bare name DeepL left untranslated (headline, first paragraph) go again.
    expect(translate[1]!.texts).toEqual([
      '<span translate="no" id="k1">Jens Stoltenberg</span>: الحلف سيوسع مهمة التدريب في العراق',
      'أعلن <span translate="no" id="k1">Jens Stoltenberg</span> يوم الخميس توسيع مهمة التدريب.',
    ]);
    expect(translate[1]!.body).not.toHaveProperty("glossary_id");
    expectFaithful(await editionPage(s, channel));
  });
});

describeEachDatabase("OpenAI-compatible edition", (getDb) => {
  const fake = fakeOpenAi({ key: KEY });
  let s: Awaited<ReturnType<typeof testServices>>;
  beforeAll(async () => {
    await fake.start();
    s = await testServices(getDb().db, {
      DATELINE_TRANSLATOR: "openai",
      DATELINE_TRANSLATOR_URL: fake.url,
      DATELINE_TRANSLATOR_KEY: KEY,
      DATELINE_TRANSLATOR_MODEL: "news-model",
    });
  });
  afterAll(() => fake.stop());

  it("translates unit by unit with placeholders for the glossary, numbers and markup", async () => {
    const channel = await setUp(s);
    expect(fake.received).toHaveLength(8);
    expect((fake.received[0]!.body as { model: string }).model).toBe("news-model");
    expectFaithful(await editionPage(s, channel));
    const stats = await s.translation.stats();
    expect(stats.usage.find((u) => u.provider === "openai")).toMatchObject({
      requests: 8,
      characters: fake.characters,
    });
  });
});
