// Bad input and refused actions on the editors' pages answer the client's mistake with its own status
// (400, 403, 404; the sign-in form 400, 401, 403, 429), never a server error, and change nothing.
import * as cheerio from "cheerio";
import { beforeAll, expect, it } from "vitest";
import { Browser, commentForm, commentSite, type TestSite } from "../../comments/site.js";
import { describeEachDatabase } from "../../helpers/databases.js";

/** What an error page tells the editor (web/app.ts answers every refusal, by its code). */
const said = async (res: Response) =>
  cheerio
    .load(await res.text())("main")
    .text();

const PASSWORD = "correct horse battery staple";
const LONG = "x".repeat(41);

describeEachDatabase("admin refusals", (getDb) => {
  let t: TestSite;
  let b: Browser;
  let csrf: string;
  let commentId: number;

  beforeAll(async () => {
    t = await commentSite(getDb().db);
    await t.s.admin.auth.createEditor("Amira", PASSWORD);
    const guest = Browser.forApp(t.app, "198.51.100.201");
    const token = await guest.token();
    t.clock.t += 5;
    const res = await guest.post(
      "/comments",
      commentForm({ articleId: t.articles[0]!.id, body: "Held" }, token),
    );
    commentId = Number(res.headers.get("location")!.split("#comment-")[1]);
    b = Browser.forApp(t.app, "192.0.2.40");
    csrf = cheerio
      .load(await (await b.get("/admin/login")).text())('input[name="_csrf"]')
      .attr("value")!;
    const login = await b.post("/admin/login", { _csrf: csrf, username: "amira", password: PASSWORD });
    expect(login.status).toBe(303);
  });

  it.each(["/admin/comments", "/admin/blocks", "/admin/editions", "/admin/editions/reviews"])(
    "answers a bad done value on %s with 400, not 500",
    async (page) => {
      const res = await b.get(`${page}?done=${LONG}`);
      expect(res.status).toBe(400);
      expect(await said(res)).toContain('Unrecognised "done" value in the address.');
      expect(res.headers.get("cache-control")).toBe("no-store");
    },
  );

  it("still shows the pages with values that fall back (an unknown status, page 0, a word not in the list)", async () => {
    const res = await b.get("/admin/comments?status=bogus&page=0&done=toString&n=-1");
    expect(res.status).toBe(200);
    const $ = cheerio.load(await res.text());
    expect($(".tabs [aria-current=page]").text()).toContain("Pending");
    expect($(".notice").length).toBe(0);
  });

  it("answers bad queue actions with 400 and a comment that is not there with 404", async () => {
    const post = (fields: Record<string, string | string[]>) =>
      b.post("/admin/comments/action", { _csrf: csrf, ...fields });
    const cases: [Record<string, string | string[]>, number, string][] = [
      [{ do: "explode:1" }, 400, "Unrecognised action."],
      [{ do: "bulk", ids: ["1", "x"] }, 400, "Unrecognised action."],
      [{ do: "bulk", bulk_action: "burn", ids: ["1"] }, 400, "Unrecognised action."],
      [{ do: "bulk", ids: [String(commentId)] }, 400, "Choose an action."],
      [{ do: "block-ip:999999" }, 404, "No such comment."],
    ];
    for (const [fields, status, message] of cases) {
      const res = await post(fields);
      expect(res.status, JSON.stringify(fields)).toBe(status);
      expect(await said(res)).toContain(message);
    }
    expect((await t.s.comments.moderation.byId(commentId))?.status).toBe("pending");
  });

  it("answers a form without its CSRF token with 403", async () => {
    for (const [url, fields] of [
      ["/admin/comments/action", { do: `approve:${commentId}` }],
      ["/admin/blocks", { kind: "ip", value: "192.0.2.0/24" }],
      ["/admin/blocks/1/delete", {}],
      ["/admin/editions/reviews", { article_id: "1", language: "en", position: "1" }],
      ["/admin/logout", {}],
    ] as const) {
      const res = await b.post(url, fields);
      expect(res.status, url).toBe(403);
      expect(await res.text()).toContain("The form expired");
    }
    expect((await t.s.comments.moderation.byId(commentId))?.status).toBe("pending");
  });

  it("answers bad block and review forms with 400, and an unknown comment or edition with 404", async () => {
    const badBlock = await b.post("/admin/blocks", { _csrf: csrf, kind: "person", value: "x" });
    expect(badBlock.status).toBe(400);
    expect(await said(badBlock)).toContain("Fill in what to block.");
    const badValue = await b.post("/admin/blocks", { _csrf: csrf, kind: "ip", value: "not an address" });
    expect(badValue.status).toBe(400);
    expect(
      cheerio
        .load(await badValue.text())(".errors")
        .text(),
    ).not.toBe("");
    for (const fields of [
      { article_id: "x", language: "en", position: "1" },
      { article_id: "1", language: "EN!", position: "1" },
      { article_id: "1", language: "en", position: "-4" },
    ]) {
      const res = await b.post("/admin/editions/reviews", { _csrf: csrf, ...fields });
      expect(res.status, JSON.stringify(fields)).toBe(400);
      expect(await said(res)).toContain("Unrecognised unit.");
    }
    const notFlagged = await b.post("/admin/editions/reviews", {
      _csrf: csrf,
      article_id: "1",
      language: "en",
      position: "1",
    });
    expect(notFlagged.status).toBe(404);
    expect((await b.get("/admin/comments/999999/edit")).status).toBe(404);
    expect((await b.get(`/admin/editions/${t.articles[0]!.id}/en`)).status).toBe(404);
  });

  it("shows the sign-in form again with 400, 403, 401 and 429 for a bad, expired, wrong and throttled sign-in", async () => {
    const c = Browser.forApp(t.app, "192.0.2.41");
    const token = cheerio
      .load(await (await c.get("/admin/login")).text())('input[name="_csrf"]')
      .attr("value")!;
    const tooLong = await c.post("/admin/login", { _csrf: token, username: "a".repeat(101), password: "x" });
    expect(tooLong.status).toBe(400);
    expect(
      cheerio
        .load(await tooLong.text())(".errors")
        .text(),
    ).toBe("Fill in both fields.");
    const expired = await c.post("/admin/login", { username: "amira", password: PASSWORD });
    expect(expired.status).toBe(403);
    expect(
      cheerio
        .load(await expired.text())("#username")
        .attr("value"),
    ).toBe("amira");
    for (let i = 0; i < 5; i++) {
      const wrong = await c.post("/admin/login", {
        _csrf: token,
        username: "amira",
        password: "not it at all",
      });
      expect(wrong.status).toBe(401);
    }
    const throttled = await c.post("/admin/login", { _csrf: token, username: "amira", password: PASSWORD });
    expect(throttled.status).toBe(429);
    expect(
      cheerio
        .load(await throttled.text())(".errors")
        .text(),
    ).toContain("Too many failed attempts");
    expect(throttled.headers.get("cache-control")).toBe("no-store");
    expect(c.cookies.has("dl_admin")).toBe(false);
  });
});
