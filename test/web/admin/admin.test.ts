// Editors at /admin: signed in with argon2id, a dl_admin session apart from readers', pages never cached,
// CSRF on every action, the queue's actions.
import * as cheerio from "cheerio";
import { beforeAll, expect, it } from "vitest";
import { Browser, commentForm, commentSite, type TestSite } from "../../comments/site.js";
import { describeEachDatabase } from "../../helpers/databases.js";

const PASSWORD = "correct horse battery staple";

describeEachDatabase("admin", (getDb) => {
  let t: TestSite;
  let commentId: number;

  beforeAll(async () => {
    t = await commentSite(getDb().db);
    await t.s.admin.auth.createEditor("Amira", PASSWORD);
    const guest = Browser.forApp(t.app, "198.51.100.200");
    const token = await guest.token();
    t.clock.t += 5;
    const res = await guest.post(
      "/comments",
      commentForm({ articleId: t.articles[0]!.id, body: "Waiting for you" }, token),
    );
    commentId = Number(res.headers.get("location")!.split("#comment-")[1]);
  });

  async function signIn(b: Browser, password = PASSWORD) {
    const page = cheerio.load(await (await b.get("/admin/login")).text());
    return b.post("/admin/login", {
      _csrf: page('input[name="_csrf"]').attr("value")!,
      username: "amira",
      password,
    });
  }

  it("sends strangers to the sign-in page and refuses a wrong password", async () => {
    const b = Browser.forApp(t.app, "192.0.2.10");
    const queue = await b.get("/admin/comments");
    expect(queue.status).toBe(303);
    expect(queue.headers.get("location")).toBe("/admin/login");
    const wrong = await signIn(b, "not the password at all");
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("cache-control")).toBe("no-store");
    expect(b.cookies.has("dl_admin")).toBe(false);
  });

  it("signs in with a session cookie of its own, never cached", async () => {
    const b = Browser.forApp(t.app, "192.0.2.11");
    const res = await signIn(b);
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("dl_admin="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/admin/i);
    const queue = await b.get("/admin/comments?status=pending");
    expect(queue.status).toBe(200);
    expect(queue.headers.get("cache-control")).toBe("no-store");
    expect(queue.headers.get("content-security-policy")).toContain("script-src 'self'");
    const $ = cheerio.load(await queue.text());
    expect($(`#c${commentId}`).text()).toContain("Waiting for you");
    expect($(`#c${commentId}`).text()).toContain("amira@example.org");
  });

  it("refuses actions without the CSRF token, then approves and publishes", async () => {
    const b = Browser.forApp(t.app, "192.0.2.12");
    await signIn(b);
    const page = cheerio.load(await (await b.get("/admin/comments?status=pending")).text());
    const csrf = page('input[name="_csrf"]').first().attr("value")!;
    const forged = await b.post("/admin/comments/action", { do: `approve:${commentId}` });
    expect(forged.status).toBe(403);
    expect((await t.s.comments.moderation.byId(commentId))?.status).toBe("pending");
    const ok = await b.post("/admin/comments/action", {
      _csrf: csrf,
      do: `approve:${commentId}`,
      status: "pending",
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toContain("done=approve&n=1");
    const article = await t.app.request(t.articles[0]!.url);
    expect(await article.text()).toContain(`id="comment-${commentId}"`);
  });

  it("applies bulk actions, edits, and blocks from the queue", async () => {
    const b = Browser.forApp(t.app, "192.0.2.13");
    await signIn(b);
    const page = cheerio.load(await (await b.get("/admin/comments?status=approved")).text());
    const csrf = page('input[name="_csrf"]').first().attr("value")!;
    const bulk = await b.post("/admin/comments/action", {
      _csrf: csrf,
      do: "bulk",
      bulk_action: "trash",
      ids: [String(commentId)],
      status: "approved",
    });
    expect(bulk.status).toBe(303);
    expect((await t.s.comments.moderation.byId(commentId))?.status).toBe("trash");
    expect(await (await t.app.request(t.articles[0]!.url)).text()).not.toContain(`id="comment-${commentId}"`);

    const edit = await b.post(`/admin/comments/${commentId}/edit`, {
      _csrf: csrf,
      name: "Amira R.",
      url: "https://amira.example",
      body: "Edited text",
    });
    expect(edit.status).toBe(303);
    expect((await t.s.comments.moderation.byId(commentId))?.body).toBe("Edited text");

    const block = await b.post("/admin/comments/action", {
      _csrf: csrf,
      do: `block-ip:${commentId}`,
      status: "trash",
    });
    expect(block.status).toBe(303);
    const blocks = cheerio.load(await (await b.get("/admin/blocks")).text());
    expect(blocks("code").text()).toContain("198.51.100.200/32");
  });

  it("signs out", async () => {
    const b = Browser.forApp(t.app, "192.0.2.14");
    await signIn(b);
    const page = cheerio.load(await (await b.get("/admin/comments")).text());
    const out = await b.post("/admin/logout", { _csrf: page('input[name="_csrf"]').first().attr("value")! });
    expect(out.status).toBe(303);
    expect((await b.get("/admin/comments")).status).toBe(303);
  });
});
