// `npm start` shows the demo channel: make sure it is what the README promises.
import * as cheerio from "cheerio";
import { beforeAll, expect, it } from "vitest";
import type { Services } from "../../src/compose/services.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { testApp, testServices } from "../helpers/services.js";

describeEachDatabase("demo channel", (getDb) => {
  let s: Services;
  beforeAll(async () => {
    s = await testServices(getDb().db);
  });

  it("loads Arabic and English articles with an album, an edit, and no promotion lines", async () => {
    const n = await loadDemo(s);
    expect(n).toBe(10);
    const app = testApp(s);
    const home = cheerio.load(await (await app.request("/")).text());
    expect(home('li[lang="ar"]').length).toBeGreaterThan(3);
    expect(home('li[lang="en"]').length).toBeGreaterThan(3);
    const all = await s.db.kysely.selectFrom("articles").selectAll().execute();
    for (const a of all) {
      expect(a.body_text).not.toContain("our latest updates, always");
      expect(a.body_text).not.toContain("آخر أخبارنا");
    }
    const album = (await app.request("/p/tigriscourier/5")).headers.get("location")!;
    const albumPage = cheerio.load(await (await app.request(album)).text());
    expect(albumPage("article img").length).toBe(3);
    const edited = all.find((a) => a.revision > 1)!;
    expect(edited.headline).toContain("وزارة الكهرباء");
    const page = await (await app.request(`/p/tigriscourier/${edited.message_id}`)).headers.get("location")!;
    const revisions = await (await app.request(`${page}revisions/`)).text();
    expect(revisions).toContain("مطلع الشهر المقبل");
    // Loading again changes nothing.
    expect(await loadDemo(s)).toBe(10);
  });
});
