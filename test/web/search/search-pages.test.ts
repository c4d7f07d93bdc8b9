// Search end to end, as a reader meets it: posts imported from a Telegram export, then /search,
// /opensearch.xml and the related list under articles. Runs on SQLite and PostgreSQL.
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { importExport } from "../../../src/ingest/import-telegram-export.js";
import { describeEachDatabase } from "../../helpers/databases.js";
import { type ExportMessageSpec, exportJson, writeExportDir } from "../../helpers/export-builder.js";
import { testApp, testServices } from "../../helpers/services.js";

const DAY = 86_400;
// 2024-03-10 10:00 UTC; post n is n - 10 days later.
const BASE = Date.UTC(2024, 2, 10, 10) / 1000;

function post(id: number, text: string): ExportMessageSpec {
  return { id, date: BASE + (id - 10) * DAY, text: [text] };
}

const POSTS: ExportMessageSpec[] = [
  post(
    10,
    "وزارة الكهرباء تعلن خطة جديدة للصيف\nالبصرة – الشعب\n\nأعلنت وزارة الكهرباء خطةً لزيادة ساعات التجهيز في محافظة البصرة خلال أشهر الصيف.",
  ),
  post(
    11,
    "Ministers announce a new bridge over the Tigris\nBaghdad – Courier\n\nThe transport ministry announced on Monday that building the new Tigris bridge starts in spring. #transport",
  ),
  post(
    12,
    "Tigris bridge contract signed\nBaghdad – Courier\n\nThe contract for the new Tigris bridge was signed with a local builder. #transport",
  ),
  post(
    13,
    "افتتاح مستشفى الأطفال في الموصل\nالموصل – الشعب\n\nافتُتِح مستشفى جديد للأطفال في مدينة الموصل بسعة مئتي سرير.",
  ),
  post(
    14,
    "Heavy rain floods streets in Basra\n\nRain flooded several streets <b>of the old city</b> on Sunday.",
  ),
  post(
    16,
    "ساعات تجهيز إضافية من الكهرباء في البصرة\n\nقالت وزارة الكهرباء إن ساعات التجهيز في البصرة سترتفع الأسبوع المقبل.",
  ),
  post(
    15,
    "Opposition rally draws thousands\n\nThousands of protesters gathered for the rally in the square.",
  ),
  // Enough results for three pages.
  ...Array.from({ length: 23 }, (_, i) =>
    post(20 + i, `Council budget session number ${i + 1}\n\nThe council discussed budget chapter ${i + 1}.`),
  ),
];

const EDITED_12 =
  "Tigris bridge contract cancelled\nBaghdad – Courier\n\nThe contract for the new Tigris bridge was cancelled by the ministry. #transport";

describeEachDatabase("search pages", (getDb) => {
  let s: Awaited<ReturnType<typeof testServices>>;
  let app: ReturnType<typeof testApp>;

  const get = (url: string) => app.request(url);
  const page = async (url: string) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    return cheerio.load(await res.text());
  };
  const resultTitles = async (q: string, extra = "") => {
    const $ = await page(`/search?q=${encodeURIComponent(q)}${extra}`);
    return $(".results .item-title")
      .map((_, el) => $(el).text())
      .get();
  };
  const articleUrl = async (messageId: number) => {
    const res = await get(`/p/courier/${messageId}`);
    return res.headers.get("location")!;
  };

  beforeAll(async () => {
    s = await testServices(getDb().db);
    s.testClock.t = BASE + 40 * DAY;
    await s.channels.create({
      username: "courier",
      title: "Courier",
      timezone: "Asia/Baghdad",
      language: "en",
    });
    await s.channels.create({ username: "shaab", title: "الشعب", timezone: "Asia/Baghdad", language: "ar" });
    const dir = await writeExportDir(exportJson(POSTS));
    const result = await importExport(s, {
      path: dir,
      channel: "courier",
      defaultTimezone: "UTC",
      worker: false,
    });
    expect(result.counts.created).toBe(POSTS.length);
    app = testApp(s);
  });

  describe("Arabic in other spellings", () => {
    it("finds a word written without its hamza", async () => {
      expect(await resultTitles("الاطفال")).toEqual(["افتتاح مستشفى الأطفال في الموصل"]);
      expect(await resultTitles("اعلنت")).toEqual(["وزارة الكهرباء تعلن خطة جديدة للصيف"]);
    });

    it("finds a word with or without the article and prefixes", async () => {
      expect(await resultTitles("موصل")).toEqual(["افتتاح مستشفى الأطفال في الموصل"]);
      expect(await resultTitles("بالموصل")).toEqual(["افتتاح مستشفى الأطفال في الموصل"]);
      expect(await resultTitles("والمستشفى")).toEqual(["افتتاح مستشفى الأطفال في الموصل"]);
    });

    it("finds a word whatever its diacritics", async () => {
      // the post has "افتُتِح" with diacritics; the query none
      expect(await resultTitles("افتتح")).toEqual(["افتتاح مستشفى الأطفال في الموصل"]);
      // the query has diacritics, the post none
      expect(await resultTitles("مُسْتَشْفَى")).toEqual(["افتتاح مستشفى الأطفال في الموصل"]);
    });

    it("marks the matched words, each result in its language and direction", async () => {
      const $ = await page(`/search?q=${encodeURIComponent("الاطفال")}`);
      const item = $(".results li").first();
      expect(item.attr("lang")).toBe("ar");
      expect(item.attr("dir")).toBe("rtl");
      expect(item.find(".item-title mark").text()).toBe("الأطفال");
      expect(item.find(".item-summary mark").text()).toBe("للأطفال");
    });
  });

  describe("English", () => {
    it("finds a word by another inflection", async () => {
      expect(await resultTitles("announcing")).toEqual(["Ministers announce a new bridge over the Tigris"]);
      expect(await resultTitles("flooding")).toEqual(["Heavy rain floods streets in Basra"]);
    });

    it("escapes the text around the marks", async () => {
      const res = await get("/search?q=streets");
      const html = await res.text();
      expect(html).toContain("&lt;b&gt;of the old city&lt;/b&gt;");
      expect(html).not.toContain("<b>of the old city</b>");
      const $ = cheerio.load(html);
      expect($(".results li").first().attr("dir")).toBe("ltr");
      expect($(".results .item-summary mark").first().text()).toBe("streets");
    });

    it("escapes the query shown back", async () => {
      const res = await get(`/search?q=${encodeURIComponent('<script>alert("x")</script>')}`);
      const html = await res.text();
      expect(html).not.toContain("<script>alert");
      expect(html).toContain("&lt;script&gt;");
    });
  });

  it("finds an edited article by its new words, not its old ones", async () => {
    expect(await resultTitles("signed")).toEqual(["Tigris bridge contract signed"]);
    const edited = POSTS.map((p) => (p.id === 12 ? { ...p, edited: BASE + 3 * DAY, text: [EDITED_12] } : p));
    const result = await importExport(s, {
      path: await writeExportDir(exportJson(edited)),
      defaultTimezone: "UTC",
      worker: false,
    });
    expect(result.counts.updated).toBe(1);
    expect(await resultTitles("cancelled")).toEqual(["Tigris bridge contract cancelled"]);
    expect(await resultTitles("signed")).toEqual([]);
  });

  it("does not find a taken-down article, and finds it again once restored", async () => {
    expect(await resultTitles("rally")).toEqual(["Opposition rally draws thousands"]);
    const channel = (await s.channels.byUsername("courier"))!;
    const article = (await s.articles.byMessage(channel.id, 15))!;
    await s.articles.setStatus(article.id, "hidden", "test");
    await s.bus.emit({ kind: "status", channelId: channel.id, articleIds: [article.id] });
    expect(await resultTitles("rally")).toEqual([]);
    await s.articles.setStatus(article.id, "published", null);
    await s.bus.emit({ kind: "status", channelId: channel.id, articleIds: [article.id] });
    expect(await resultTitles("rally")).toEqual(["Opposition rally draws thousands"]);
  });

  it("filters by channel, tag and dates", async () => {
    expect(await resultTitles("tigris", "&tag=transport")).toHaveLength(2);
    expect(await resultTitles("tigris", "&tag=weather")).toEqual([]);
    expect(await resultTitles("tigris", "&channel=shaab")).toEqual([]);
    expect(await resultTitles("tigris", "&channel=courier")).toHaveLength(2);
    expect(await resultTitles("tigris", "&channel=nosuchchannel")).toEqual([]);
    // post 11 is on 2024-03-11, post 12 on 2024-03-12 (Baghdad time)
    expect(await resultTitles("tigris", "&from=2024-03-12")).toEqual(["Tigris bridge contract cancelled"]);
    expect(await resultTitles("tigris", "&to=2024-03-11")).toEqual([
      "Ministers announce a new bridge over the Tigris",
    ]);
    expect(await resultTitles("tigris", "&from=2024-03-11&to=2024-03-12")).toHaveLength(2);
    // empty fields, as a form sends them, are no filter
    expect(await resultTitles("tigris", "&channel=&tag=&from=&to=")).toHaveLength(2);
  });

  it("pages through results, newest first among equals, and keeps the filters", async () => {
    const $1 = await page("/search?q=budget&channel=courier");
    expect($1(".result-count").text()).toBe("23 results");
    expect($1(".results li")).toHaveLength(10);
    expect($1(".results .item-title").first().text()).toBe("Council budget session number 23");
    const next = $1('a[rel="next"]').attr("href")!;
    expect(next).toBe("/search?q=budget&channel=courier&page=2");
    const $3 = await page("/search?q=budget&channel=courier&page=3");
    expect($3(".results li")).toHaveLength(3);
    expect($3(".results").attr("start")).toBe("21");
    expect($3('a[rel="next"]')).toHaveLength(0);
    expect($3('a[rel="prev"]').attr("href")).toBe("/search?q=budget&channel=courier&page=2");
  });

  it("shows the form for an empty query and a helpful message when nothing matches", async () => {
    const $form = await page("/search");
    expect($form("h1").text()).toBe("Search");
    expect($form("form.search-form input[name=q]").attr("value")).toBe("");
    expect($form(".results")).toHaveLength(0);
    expect($form('meta[name="robots"]').attr("content")).toBe("noindex");

    const $none = await page("/search?q=zeppelin");
    expect($none(".no-results").text()).toContain("No articles match your search.");
    expect($none("form.search-form input[name=q]").attr("value")).toBe("zeppelin");

    const $exclusion = await page("/search?q=-zeppelin");
    expect($exclusion("main").text()).toContain("no words to look for");
  });

  it("answers 400 with a reason for bad parameters", async () => {
    const long = await get(`/search?q=${"a".repeat(201)}`);
    expect(long.status).toBe(400);
    expect(await long.text()).toContain("limited to 200 characters");
    for (const bad of [
      "from=2024-02-30",
      "to=yesterday",
      "page=0",
      "page=x",
      "channel=a b",
      "from=2024-03-12&to=2024-03-11",
    ]) {
      expect((await get(`/search?q=tigris&${bad}`)).status, bad).toBe(400);
    }
  });

  it("keeps search pages out of the shared page cache", async () => {
    const before = s.cache.size;
    for (let i = 0; i < 5; i++) expect((await get(`/search?q=tigris${i}`)).status).toBe(200);
    expect(s.cache.size).toBe(before);
    const res = await get("/search?q=tigris");
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    const etag = res.headers.get("etag")!;
    expect((await app.request("/search?q=tigris", { headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it("serves an OpenSearch description, linked from every page's head", async () => {
    const res = await get("/opensearch.xml");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/opensearchdescription+xml");
    const xml = await res.text();
    expect(xml).toContain('template="https://news.example.org/search?q={searchTerms}"');
    expect(xml).toContain("<ShortName>Courier</ShortName>");
    for (const url of ["/", "/search?q=tigris", await articleUrl(11)]) {
      const $ = await page(url);
      expect($('link[rel="search"]').attr("type"), url).toBe("application/opensearchdescription+xml");
      expect($('link[rel="search"]').attr("href"), url).toBe("/opensearch.xml");
    }
  });

  describe("related articles", () => {
    it("lists related articles under an article, never itself, only published ones", async () => {
      const url11 = await articleUrl(11);
      const url12 = await articleUrl(12);
      const related = async (url: string) => {
        const $ = await page(url);
        return $(".related a")
          .map((_, a) => $(a).attr("href"))
          .get();
      };
      const first = await related(url11);
      expect(first).toContain(url12);
      expect(first).not.toContain(url11);
      expect(first.length).toBeGreaterThanOrEqual(1);
      expect(first.length).toBeLessThanOrEqual(5);

      // Taking 12 down drops the cached page of 11 too (it listed 12), and 12 leaves the list.
      const channel = (await s.channels.byUsername("courier"))!;
      const a12 = (await s.articles.byMessage(channel.id, 12))!;
      await s.articles.setStatus(a12.id, "hidden", "test");
      await s.bus.emit({ kind: "status", channelId: channel.id, articleIds: [a12.id] });
      expect(await related(url11)).not.toContain(url12);
      await s.articles.setStatus(a12.id, "published", null);
      await s.bus.emit({ kind: "status", channelId: channel.id, articleIds: [a12.id] });
    });

    it("relates Arabic articles by their words, whatever their spelling", async () => {
      const $ = await page(await articleUrl(10));
      const links = $(".related a")
        .map((_, a) => $(a).attr("href"))
        .get();
      expect(links).toContain(await articleUrl(16));
      expect(links).not.toContain(await articleUrl(10));
      expect(links).not.toContain(await articleUrl(14)); // nothing in common
      expect($(".related li").first().attr("lang")).toBe("ar");
    });
  });
});
