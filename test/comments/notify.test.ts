// Email notifications through a local SMTP server: editors hear of held comments; a guest proves their
// address by an emailed link (double opt-in for new-comment emails); subscribers get plain-text emails whose
// only links are ours; one-click unsubscribe (RFC 8058) works.
import * as cheerio from "cheerio";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "../helpers/databases.js";
import { startFakeSmtp } from "./fake-smtp.js";
import { Browser, commentForm, commentSite, type TestSite } from "./site.js";

const LINK = /https?:\/\/[^\s>]+/g;

describeEachDatabase("comment notifications", (getDb) => {
  let t: TestSite;
  let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    t = await commentSite(getDb().db, {
      DATELINE_SMTP_URL: smtp.url,
      DATELINE_MAIL_FROM: "Riverside <comments@news.example.org>",
      DATELINE_MODERATOR_EMAILS: "desk@news.example.org",
    });
  });
  afterAll(async () => {
    await smtp?.close();
  });

  const idle = () => t.s.comments.mailer.idle();

  it("tells editors of a held comment, and asks the guest to prove the address", async () => {
    const b = Browser.forApp(t.app, "198.51.100.31");
    const token = await b.token();
    t.clock.t += 5;
    const evil =
      "Great! See https://evil.example/phish and www.evil.example or mail me@evil.example\r\nBcc: x@evil.example";
    const res = await b.post(
      "/comments",
      commentForm(
        {
          articleId: t.articles[0]!.id,
          body: evil,
          name: "Eve https://evil.example",
          email: "eve@example.org",
          notify: true,
        },
        token,
      ),
    );
    expect(res.status).toBe(303);
    await idle();
    const desk = smtp.mails.find((m) => m.to.includes("desk@news.example.org"))!;
    expect(desk.headers.get("subject")).toContain("Comment held for moderation");
    expect(desk.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(desk.text).toContain("hxxps[:]//evil[.]example/phish");
    expect(desk.text).toContain("Eve hxxps[:]//evil[.]example");
    // The only links are the site's own.
    expect((desk.text.match(LINK) ?? []).every((l) => l.startsWith("https://news.example.org/"))).toBe(true);
    expect(desk.headers.has("bcc")).toBe(false);

    const proof = smtp.mails.find((m) => m.to.includes("eve@example.org"))!;
    expect(proof.headers.get("subject")).toContain("Confirm your email address");
    const links = proof.text.match(LINK) ?? [];
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^https:\/\/news\.example\.org\/comments\/confirm\/[A-Za-z0-9_-]+$/);
  });

  it("confirms the address only by a POST from the link's page, then sends new comments, then unsubscribes", async () => {
    const b = Browser.forApp(t.app, "198.51.100.31");
    const proof = smtp.mails.find((m) => m.to.includes("eve@example.org"))!;
    const path = new URL(proof.text.match(LINK)![0]!).pathname;
    // Opening the link (a mail scanner might) changes nothing.
    const page = await b.get(path);
    expect(page.status).toBe(200);
    expect(
      cheerio
        .load(await page.text())(`form[action="${path}"] button`)
        .text(),
    ).toBe("Confirm my address");
    expect((await t.s.comments.moderation.queue("pending", 1)).rows[0]?.email_verified).toBe(0);
    const confirmed = await b.post(path, {});
    expect(confirmed.status).toBe(200);
    expect(b.cookies.has("dl_guest")).toBe(true);
    expect((await t.s.comments.moderation.queue("pending", 1)).rows[0]?.email_verified).toBe(1);
    expect((await b.post(path, {})).status).toBe(404); // used once

    // Someone else's comment is published: Eve hears of it, with its permalink and an unsubscribe link.
    const other = Browser.forApp(t.app, "198.51.100.32");
    const token = await other.token();
    t.clock.t += 20;
    const res = await other.post(
      "/comments",
      commentForm(
        {
          articleId: t.articles[0]!.id,
          body: "A reply worth reading",
          name: "Basim",
          email: "basim@example.org",
        },
        token,
      ),
    );
    const id = Number(res.headers.get("location")!.split("#comment-")[1]);
    await idle();
    const before = smtp.mails.length;
    await t.s.comments.moderation.apply("approve", [id], "editor");
    await idle();
    const news = smtp.mails.slice(before).find((m) => m.to.includes("eve@example.org"))!;
    expect(news.headers.get("subject")).toContain("New comment on:");
    expect(news.text).toContain("> A reply worth reading");
    expect(news.text).toContain(`https://news.example.org/comments/${id}/`);
    const unsubscribe = news.headers.get("list-unsubscribe")!.replace(/^<|>$/g, "");
    expect(news.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(news.text).toContain(unsubscribe);
    // The author is not told of their own comment.
    expect(smtp.mails.slice(before).some((m) => m.to.includes("basim@example.org"))).toBe(false);

    const unsubscribePath = new URL(unsubscribe).pathname;
    expect((await t.app.request(`${unsubscribePath.slice(0, -3)}xyz`, { method: "POST" })).status).toBe(404);
    const one = await t.app.request(unsubscribePath, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(one.status).toBe(200);
    const again = Browser.forApp(t.app, "198.51.100.33");
    const token3 = await again.token();
    t.clock.t += 20;
    const third = await again.post(
      "/comments",
      commentForm(
        { articleId: t.articles[0]!.id, body: "Third", name: "Dana", email: "dana@example.org" },
        token3,
      ),
    );
    const thirdId = Number(third.headers.get("location")!.split("#comment-")[1]);
    await idle();
    const mark = smtp.mails.length;
    await t.s.comments.moderation.apply("approve", [thirdId], "editor");
    await idle();
    expect(smtp.mails.slice(mark).some((m) => m.to.includes("eve@example.org"))).toBe(false);
  });
});
