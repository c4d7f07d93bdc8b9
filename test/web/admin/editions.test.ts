// The "Editions" section of /admin: an editor signs in, sees each recent article's editions and their
// state, corrects a paragraph of the English edition beside its original (the public page shows it at
// once, cache or not), and accepts the machine translation of a correction flagged because its source
// changed. Without the editor's session or the CSRF token nothing changes.
import * as cheerio from "cheerio";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ChannelRow } from "../../../src/db/tables/index.js";
import { importExport } from "../../../src/ingest/import-telegram-export.js";
import { Browser } from "../../comments/site.js";
import { describeEachDatabase } from "../../helpers/databases.js";
import { type ExportMessageSpec, exportJson, writeExportDir } from "../../helpers/export-builder.js";
import { testApp, testServices } from "../../helpers/services.js";
import { arabicPost, P5_EDITED, POSTED } from "../../translation/arabic-post.js";
import { fakeLibreTranslate } from "../../translation/fake-providers.js";

const KEY = "lt-key-0123456789";
const PASSWORD = "correct horse battery staple";
const CORRECTED =
  "The defence minister met Jens Stoltenberg in Brussels on 18 February, <a>according to the statement</a> & more.";

describeEachDatabase("admin editions", (getDb) => {
  const fake = fakeLibreTranslate({ apiKey: KEY });
  let s: Awaited<ReturnType<typeof testServices>>;
  let app: ReturnType<typeof testApp>;
  let channel: ChannelRow;
  let articleId = 0;
  let editionPath = "";

  async function ingest(messages: ExportMessageSpec[]) {
    const dir = await writeExportDir(exportJson(messages));
    return importExport(s, { path: dir, channel: "rafidain", defaultTimezone: "UTC", worker: false });
  }

  async function signedIn(ip: string) {
    const b = Browser.forApp(app, ip);
    const login = cheerio.load(await (await b.get("/admin/login")).text());
    const res = await b.post("/admin/login", {
      _csrf: login('input[name="_csrf"]').attr("value")!,
      username: "amira",
      password: PASSWORD,
    });
    expect(res.status).toBe(303);
    return b;
  }

  const editUrl = () => `/admin/editions/${articleId}/en`;
  const paragraphs = ($: cheerio.CheerioAPI) =>
    $(".article-body p")
      .map((_, p) => $(p).text())
      .get();

  beforeAll(async () => {
    await fake.start();
    s = await testServices(getDb().db, {
      DATELINE_TRANSLATOR: "libretranslate",
      DATELINE_TRANSLATOR_URL: fake.url,
      DATELINE_TRANSLATOR_KEY: KEY,
    });
    s.testClock.t = POSTED + 3600;
    app = testApp(s);
    channel = await s.channels.create({
      username: "rafidain",
      title: "الرافد",
      timezone: "Asia/Baghdad",
      language: "ar",
    });
    await s.translation.setLanguages(channel.id, ["en"]);
    await ingest([arabicPost(42)]);
    await s.translation.worker.drain();
    articleId = (await s.articles.byMessage(channel.id, 42))!.id;
    const path = (await s.translation.editions.get(articleId, "en"))!.path!;
    editionPath = `/en/${path}/`;
    await s.admin.auth.createEditor("Amira", PASSWORD);
  });
  afterAll(() => fake.stop());

  it("lists recent articles with their editions' state", async () => {
    const b = await signedIn("192.0.2.30");
    const res = await b.get("/admin/editions");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const $ = cheerio.load(await res.text());
    const en = $(`#a${articleId} li[data-lang="en"]`);
    expect(en.attr("data-state")).toBe("translated");
    expect(en.find(`a[href="${editUrl()}"]`).text()).toBe("Edit");
    expect(en.find(`a[href="${editionPath}"]`)).toHaveLength(1);
    expect($('a[href="/admin/editions"]').length).toBeGreaterThan(0);
  });

  it("shows each unit's original beside the translation", async () => {
    const b = await signedIn("192.0.2.31");
    const res = await b.get(editUrl());
    expect(res.status).toBe(200);
    const $ = cheerio.load(await res.text());
    expect($("#u-3 .unit-source").text()).toContain("ستولتنبرغ: الحلف سيوسع مهمة التدريب في العراق");
    expect($('input[name="u_-3"]').attr("value")).toBe(
      "Stoltenbergh: the alliance will expand the training mission in Iraq",
    );
    expect($('input[name="u_-2"]').attr("value")).toBe("Baghdad");
    expect($("#u2 .unit-source").text()).toContain("والتقى وزير الدفاع");
    expect($('textarea[name="u_2"]').text()).toContain("The defence minister met");
    expect($("form input[name=_csrf]").attr("value")).toBeTruthy();
    expect((await b.get(`/admin/editions/${articleId}/fr`)).status).toBe(404);
  });

  it("refuses a correction without the editor's session or the CSRF token, changing nothing", async () => {
    const before = await s.translation.corrections.units(articleId, "en");
    const b = await signedIn("192.0.2.32");
    const page = cheerio.load(await (await b.get(editUrl())).text());
    const csrf = page('input[name="_csrf"]').first().attr("value")!;

    const forged = await b.post(editUrl(), { u_2: "Forged paragraph." });
    expect(forged.status).toBe(403);
    const wrongToken = await b.post(editUrl(), { _csrf: "x".repeat(40), u_2: "Forged paragraph." });
    expect(wrongToken.status).toBe(403);

    const stranger = Browser.forApp(app, "192.0.2.33");
    const anonymous = await stranger.post(editUrl(), { _csrf: csrf, u_2: "Forged paragraph." });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe("/admin/login");
    expect((await stranger.get(editUrl())).status).toBe(303);

    expect(await s.translation.corrections.units(articleId, "en")).toEqual(before);
    expect(await (await app.request(editionPath)).text()).not.toContain("Forged");
  });

  it("saves a correction of paragraph 2 and the edition page shows it at once", async () => {
    // The page is cached first: saving must drop it.
    const cached = cheerio.load(await (await app.request(editionPath)).text());
    expect(paragraphs(cached)[1]).toContain("Stoltenbergh");

    const b = await signedIn("192.0.2.34");
    const page = cheerio.load(await (await b.get(editUrl())).text());
    const fields: Record<string, string> = { _csrf: page('input[name="_csrf"]').first().attr("value")! };
    page("[name^=u_]").each((_, el) => {
      const name = page(el).attr("name")!;
      fields[name] = el.tagName === "textarea" ? page(el).text() : page(el).attr("value")!;
    });
    fields.u_2 = CORRECTED.replace(" & more", "\r\n & more");
    const res = await b.post(editUrl(), fields);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${editUrl()}?done=corrected&n=1`);

    const units = await s.translation.corrections.units(articleId, "en");
    const p2 = units.find((u) => u.position === 2)!;
    expect(p2.human_by).toBe("amira");
    expect(units.filter((u) => u.human_html !== null)).toHaveLength(1);

    const $ = cheerio.load(await (await app.request(editionPath)).text());
    expect(paragraphs($)[1]).toBe(
      "The defence minister met Jens Stoltenberg in Brussels on 18 February, according to the statement & more.",
    );
    expect($('.article-body a[href="https://example.org/statement"]').text()).toBe(
      "according to the statement",
    );

    const after = cheerio.load(await (await b.get(`${editUrl()}?done=corrected&n=1`)).text());
    expect(after(".notice").text()).toContain("1 correction(s) saved");
    expect(after('label[for="u_2"]').text()).toContain("corrected by amira");
    const list = cheerio.load(await (await b.get("/admin/editions")).text());
    expect(list(`#a${articleId} li[data-lang="en"]`).attr("data-state")).toBe("corrected");
  });

  it("escapes what it shows and refuses an empty correction", async () => {
    const b = await signedIn("192.0.2.35");
    const page = cheerio.load(await (await b.get(editUrl())).text());
    const csrf = page('input[name="_csrf"]').first().attr("value")!;
    const res = await b.post(editUrl(), { _csrf: csrf, u_1: "   ", "u_-3": "<script>x</script>Headline" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("paragraph 1 was not saved");
    expect(html).not.toContain("<script>");
    const headline = (await s.translation.corrections.units(articleId, "en")).find((u) => u.position === -3)!;
    expect(headline.human_html).toBe("xHeadline");
  });

  it("lists a correction flagged because its source changed, and accepts the machine translation", async () => {
    const b = await signedIn("192.0.2.36");
    const page = cheerio.load(await (await b.get(editUrl())).text());
    const csrf = page('input[name="_csrf"]').first().attr("value")!;
    await b.post(editUrl(), { _csrf: csrf, u_5: "The minister said the decision is final." });
    await ingest([arabicPost(42, { p5: P5_EDITED, edited: POSTED + 1800 })]);
    await s.translation.worker.drain();

    const list = cheerio.load(await (await b.get("/admin/editions")).text());
    expect(list(`#a${articleId} li[data-lang="en"]`).attr("data-state")).toBe("review");
    const reviews = cheerio.load(await (await b.get("/admin/editions/reviews")).text());
    const row = reviews(`#r${articleId}-en-5`);
    expect(row.text()).toContain("The minister said the decision is final.");
    expect(row.text()).toContain("The minister stressed that the decision is temporary.");

    const form = { article_id: String(articleId), language: "en", position: "5" };
    expect((await b.post("/admin/editions/reviews", form)).status).toBe(403);
    expect(await s.translation.corrections.reviews()).toHaveLength(1);
    const ok = await b.post("/admin/editions/reviews", { ...form, _csrf: csrf });
    expect(ok.status).toBe(303);
    expect(await s.translation.corrections.reviews()).toHaveLength(0);
    const done = cheerio.load(await (await b.get("/admin/editions/reviews?done=accepted")).text());
    expect(done(".notice").text()).toContain("accepted");
    expect(done("main").text()).toContain("No corrections waiting for review.");
  });
});
