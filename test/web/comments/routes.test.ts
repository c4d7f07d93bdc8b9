// The comment flow over HTTP (in-process), on SQLite and PostgreSQL: the cached public section, the confirm
// step for a browser without our cookie, posting with and without JavaScript, refusals that store nothing,
// the reader's own pending comment, replies, permalinks, counts and the comments feed.
import * as cheerio from "cheerio";
import { XMLValidator } from "fast-xml-parser";
import { beforeAll, expect, it } from "vitest";
import { Browser, commentForm, commentSite, type TestSite } from "../../comments/site.js";
import { describeEachDatabase } from "../../helpers/databases.js";
import { wellFormednessProblems } from "../views/well-formed.js";

/** The hidden and filled fields of the page's comment form, as a browser would post them. */
function formFields(html: string): Record<string, string> {
  const $ = cheerio.load(html);
  const out: Record<string, string> = {};
  $("#commentform")
    .find("input, textarea")
    .each((_, el) => {
      const e = $(el);
      const name = e.attr("name");
      if (!name) return;
      if (e.attr("type") === "checkbox" && e.attr("checked") === undefined) return;
      out[name] = el.tagName === "textarea" ? e.text() : (e.attr("value") ?? "");
    });
  return out;
}

describeEachDatabase("comment routes", (getDb) => {
  let t: TestSite;
  const count = async () =>
    Number(
      (
        await getDb()
          .db.kysely.selectFrom("comments")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await commentSite(getDb().db);
  });

  it("shows the same cacheable section to every browser without our cookies", async () => {
    const a = t.articles[0]!;
    const res = await t.app.request(a.url);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(wellFormednessProblems(html)).toEqual([]);
    const $ = cheerio.load(html);
    expect($("#comments #reply-title").text()).toContain("Leave a Reply");
    expect($('#commentform input[name="_csrf"]').length).toBe(0);
    expect($('#commentform input[name="author"]').length).toBe(1);
    expect($('head script[type="module"]').attr("src")).toMatch(/^\/assets\/comments\.[0-9a-f]{10}\.js$/);
    expect($('head link[rel="alternate"][title^="Comments on"]').attr("href")).toBe(`${a.url}feed/`);
    expect(t.s.cache.get(a.url)?.tags).toContain(`comments:${a.id}`);
    const script = await t.app.request($('head script[type="module"]').attr("src")!);
    expect(script.headers.get("content-type")).toContain("javascript");
    expect(script.headers.get("cache-control")).toContain("immutable");
  });

  it("turns a cookie-less first post into a confirm step that keeps the text, then posts it", async () => {
    const a = t.articles[0]!;
    const b = Browser.forApp(t.app);
    const before = await count();
    const first = await b.post(
      "/comments",
      commentForm({ articleId: a.id, body: "My <b>first</b> words\n\nSecond paragraph" }),
    );
    expect(first.status).toBe(403);
    expect(first.headers.get("cache-control")).toBe("no-store");
    const page = await first.text();
    expect(wellFormednessProblems(page)).toEqual([]);
    expect(page).toContain("Confirm your comment");
    const fields = formFields(page);
    expect(fields.comment).toBe("My <b>first</b> words\n\nSecond paragraph");
    expect(fields.author).toBe("Amira");
    expect(fields._csrf).toBeTruthy();
    expect(b.cookies.has("dl_csrf")).toBe(true);
    expect(await count()).toBe(before);

    t.clock.t += 5;
    const second = await b.post("/comments", fields);
    expect(second.status).toBe(303);
    const location = second.headers.get("location")!;
    expect(location).toMatch(new RegExp(`^${a.url}#comment-\\d+$`));
    expect(await count()).toBe(before + 1);
    const id = location.split("#comment-")[1]!;

    // The writer sees it, marked as awaiting moderation; everyone else does not.
    const mine = await b.get(a.url);
    expect(mine.headers.get("cache-control")).toBe("private, no-cache");
    const $ = cheerio.load(await mine.text());
    expect($(`#comment-${id} .comment-awaiting`).text()).toBe("Your comment is awaiting moderation.");
    expect($(`#comment-${id} .comment-content`).html()).toBe(
      "<p>My &lt;b&gt;first&lt;/b&gt; words</p><p>Second paragraph</p>",
    );
    expect($('#commentform input[name="_csrf"]').attr("value")).toBeTruthy();
    const theirs = await t.app.request(a.url);
    expect(await theirs.text()).not.toContain(`comment-${id}`);
  });

  it("refuses a filled honeypot, a missing token, a too-long comment, and a second post within 15 s: nothing stored", async () => {
    const a = t.articles[1]!;
    const b = Browser.forApp(t.app, "198.51.100.77");
    const token = await b.token();
    t.clock.t += 5;
    const before = await count();

    const honeypot = await b.post("/comments", {
      ...commentForm({ email: "hana@example.org", articleId: a.id, body: "Buy now" }, token),
      topic: "x",
    });
    expect(honeypot.status).toBe(400);
    const noToken = await b.post(
      "/comments",
      commentForm({ email: "hana@example.org", articleId: a.id, body: "No token" }),
    );
    expect(noToken.status).toBe(403);
    const forged = await b.post(
      "/comments",
      commentForm(
        { email: "hana@example.org", articleId: a.id, body: "Forged" },
        { ...token, csrf: "x".repeat(43) },
      ),
    );
    expect(forged.status).toBe(403);
    // Lengths are checked first: even without a token the answer is about the length.
    const long = await b.post(
      "/comments",
      commentForm({ email: "hana@example.org", articleId: a.id, body: "x".repeat(65_526) }),
    );
    expect(long.status).toBe(400);
    expect(await long.text()).toContain("longer than 65525 characters");
    expect(await count()).toBe(before);

    const ok = await b.post(
      "/comments",
      commentForm({ email: "hana@example.org", articleId: a.id, body: "A proper comment" }, token),
    );
    expect(ok.status).toBe(303);
    t.clock.t += 10;
    const again = await b.post(
      "/comments",
      commentForm({ email: "hana@example.org", articleId: a.id, body: "Another one, quickly" }, token),
    );
    expect(again.status).toBe(429);
    expect(formFields(await again.text()).comment).toBe("Another one, quickly");
    // Another address does not escape the per-identity limit either.
    const elsewhere = Browser.forApp(t.app, "198.51.100.78");
    const token2 = await elsewhere.token();
    t.clock.t += 3;
    const sameEmail = await elsewhere.post(
      "/comments",
      commentForm({ email: "hana@example.org", articleId: a.id, body: "From elsewhere" }, token2),
    );
    expect(sameEmail.status).toBe(429);
    // X-Forwarded-For from a connection that is not a configured proxy changes nothing.
    const spoofer = Browser.forApp(t.app, "198.51.100.79");
    const token3 = await spoofer.token();
    t.clock.t += 20;
    const first = await spoofer.post(
      "/comments",
      commentForm({ articleId: a.id, body: "Spoof one", email: "s1@example.org" }, token3),
      { "x-forwarded-for": "192.0.2.1" },
    );
    expect(first.status).toBe(303);
    t.clock.t += 5;
    const second = await spoofer.post(
      "/comments",
      commentForm({ articleId: a.id, body: "Spoof two", email: "s2@example.org" }, token3),
      { "x-forwarded-for": "192.0.2.2" },
    );
    expect(second.status).toBe(429);
    expect(await count()).toBe(before + 2);
  });

  it("answers the script in JSON: token first, a wait when too fast, then the comment's HTML", async () => {
    const a = t.articles[2]!;
    const b = Browser.forApp(t.app, "198.51.100.90");
    const token = await b.token();
    const json = { accept: "application/json" };
    const fast = await b.post(
      "/comments",
      commentForm({ articleId: a.id, body: "Quick", email: "q@example.org" }, token),
      json,
    );
    expect(fast.status).toBe(403);
    expect(await fast.json()).toMatchObject({ ok: false, retry: "wait", retryAfter: 2 });
    t.clock.t += 2;
    const res = await b.post(
      "/comments",
      commentForm({ articleId: a.id, body: "Quick", email: "q@example.org" }, token),
      json,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; id: number; status: string; html: string };
    expect(body).toMatchObject({ ok: true, status: "pending" });
    expect(body.html).toContain(`id="comment-${body.id}"`);
    expect(body.html).toContain("awaiting moderation");
    const noToken = await Browser.forApp(t.app).post(
      "/comments",
      commentForm({ articleId: a.id, body: "x" }),
      json,
    );
    expect(await noToken.json()).toMatchObject({ ok: false, retry: "token" });
  });

  it("publishes after approval: count on the home page and byline, permalink, replies, feed", async () => {
    const a = t.articles[2]!;
    const pending = await t.s.comments.moderation.queue("pending", 1);
    const mine = pending.rows.find((r) => r.article_id === a.id)!;
    await t.s.comments.moderation.apply("approve", [mine.id], "editor");

    const home = cheerio.load(await (await t.app.request("/")).text());
    expect(home(".item-comments").first().text()).toBe("1 comment");
    const page = await (await t.app.request(a.url)).text();
    const $ = cheerio.load(page);
    expect($('.byline a[href="#comments"]').text()).toBe("1 comment");
    expect($(`#comment-${mine.id} .comment-author`).text()).toBe("Amira");
    expect($(`#comment-${mine.id} .comment-awaiting`).length).toBe(0);
    const reply = $(`#comment-${mine.id} .comment-reply-link`).attr("href")!;
    expect(reply).toBe(`${a.url}?replytocom=${mine.id}#respond`);

    const replyPage = cheerio.load(await (await t.app.request(reply.split("#")[0]!)).text());
    expect(replyPage("#reply-title").text()).toContain("Reply to Amira");
    expect(replyPage("#comment_parent").attr("value")).toBe(String(mine.id));

    const permalink = await t.app.request(`/comments/${mine.id}/`);
    expect(permalink.status).toBe(302);
    expect(permalink.headers.get("location")).toBe(`${a.url}#comment-${mine.id}`);
    expect((await t.app.request("/comments/999999/")).status).toBe(404);

    const feed = await t.app.request(`${a.url}feed/`);
    expect(feed.headers.get("content-type")).toContain("application/rss+xml");
    const xml = await feed.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("<title>By: Amira</title>");
    expect(xml).toContain(`https://news.example.org${a.url}#comment-${mine.id}`);
    expect(xml).not.toContain("q@example.org");
  });

  it("reply through the no-script form lands under its parent", async () => {
    const a = t.articles[2]!;
    const parent = (await t.s.comments.moderation.queue("approved", 1)).rows.find(
      (r) => r.article_id === a.id,
    )!;
    const b = Browser.forApp(t.app, "198.51.100.120");
    await b.get("/comments/token");
    const page = await (await b.get(`${a.url}?replytocom=${parent.id}`)).text();
    const fields = formFields(page);
    expect(fields.parent_id).toBe(String(parent.id));
    t.clock.t += 30;
    const res = await b.post("/comments", {
      ...fields,
      comment: "I agree",
      author: "Basim",
      email: "basim@example.org",
    });
    expect(res.status).toBe(303);
    const id = res.headers.get("location")!.split("#comment-")[1];
    const $ = cheerio.load(await (await b.get(a.url)).text());
    expect($(`#comment-${parent.id} > ol.children > #comment-${id}`).length).toBe(1);
  });
});
