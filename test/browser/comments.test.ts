// Reader comments in a real browser (Debian's Chromium, headless) against the real server: a guest posts
// with JavaScript (no reload) and without it (the confirm step, then a redirect to the comment), replies
// both ways, sees their own comment awaiting moderation; an editor approves it in /admin and everyone sees
// it. Then a generated corpus of stored-XSS payloads, posted as text, name and website and approved, is
// shown on one page: nothing runs, nothing is fetched from elsewhere, and the markup stays valid.
// TODO(sign-in): signed-in commenting in the browser belongs with test/browser/signin.test.ts.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { cleanLine } from "../../src/comments/clean-text.js";
import { createSiteApp } from "../../src/compose/web-app.js";
import { type RunningServer, startServer } from "../../src/web/server.js";
import { Browser, commentForm, commentSite, type TestSite } from "../comments/site.js";
import { ATTACKER_HOST, websiteCorpus, xssCorpus } from "../comments/xss-corpus.js";
import { openTestDatabase, type TestDb } from "../helpers/databases.js";
import { wellFormednessProblems } from "../web/views/well-formed.js";
import { type ChromiumContext, describeInChromium, openChromium } from "./chromium.js";

const PASSWORD = "a long editor password";

// The page's globals, as used inside page.evaluate callbacks (the project's type-check has no DOM library).
interface PageElement {
  tagName: string;
  id: string;
  textContent: string | null;
  attributes: Iterable<{ name: string; value: string }>;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
declare const document: {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  getElementById(id: string): PageElement | null;
  forms: { length: number };
  scripts: Iterable<{ src: string; type: string }>;
};
declare const window: { scrollTo(x: number, y: number): void };

describeInChromium("comments in Chromium", () => {
  let db: TestDb;
  let t: TestSite;
  let server: RunningServer;
  let base: string;
  const open: ChromiumContext[] = [];

  beforeAll(async () => {
    db = await openTestDatabase("sqlite");
    t = await commentSite(db.db, {
      DATELINE_COMMENTS_PER_PAGE: "1000",
      DATELINE_TRUSTED_PROXIES: "127.0.0.1",
      DATELINE_COMMENTS_MIN_FILL_SECONDS: "2",
    });
    server = await startServer(createSiteApp(t.s), t.s.cache, 0, "127.0.0.1");
    base = `http://127.0.0.1:${server.port}`;
    await t.s.admin.auth.createEditor("desk", PASSWORD);
  });

  afterAll(async () => {
    for (const c of open) await c.close();
    await server?.close();
    await db?.db.close();
  });

  async function browser(options: Parameters<typeof openChromium>[0] = {}): Promise<Page> {
    const c = await openChromium(options);
    open.push(c);
    return c.context.pages()[0] ?? (await c.context.newPage());
  }

  const article = () => t.articles[0]!;
  const later = (seconds: number) => {
    t.clock.t += seconds;
  };

  let jsCommentId = 0;

  it("a guest with JavaScript posts without reloading and sees it awaiting moderation", async () => {
    const page = await browser();
    const navigations: string[] = [];
    await page.goto(base + article().url);
    page.on("framenavigated", (f) => {
      if (f === page.mainFrame()) navigations.push(f.url());
    });
    await expect.poll(() => page.locator("#reply-title").textContent()).toContain("Leave a Reply");
    const token = page.waitForResponse((r) => r.url().endsWith("/comments/token"));
    await page.locator("#comment").fill("Thanks for the clear report.\n\nWhen is the next council meeting?");
    await token;
    await page.locator("#author").fill("Amira");
    await page.locator("#email").fill("amira@example.org");
    later(3);
    await page.locator("#submit").click();
    await expect
      .poll(() => page.locator(".comment-status").textContent())
      .toBe("Thank you. Your comment will appear once an editor has approved it.");
    const item = page.locator(".comment-list > li.comment-pending");
    expect(await item.locator(".comment-awaiting").textContent()).toBe(
      "Your comment is awaiting moderation.",
    );
    expect(await item.locator(".comment-content p").allTextContents()).toEqual([
      "Thanks for the clear report.",
      "When is the next council meeting?",
    ]);
    expect(navigations).toEqual([]);
    expect(await page.locator("#comment").inputValue()).toBe("");
    jsCommentId = Number((await item.getAttribute("id"))!.replace("comment-", ""));

    // Reloaded, the page is made for this browser and still shows it.
    await page.reload();
    expect(await page.locator(`#comment-${jsCommentId} .comment-awaiting`).count()).toBe(1);
  });

  it("a guest without JavaScript confirms once, is sent to the comment, and a filled honeypot stores nothing", async () => {
    const page = await browser({ javaScriptEnabled: false });
    await page.goto(base + article().url);
    await page.locator("#comment").fill("Posted *without* a script.");
    await page.locator("#author").fill("Basim");
    await page.locator("#email").fill("basim@example.org");
    await page.locator("#url").fill("basim.example");
    later(20);
    await page.locator("#submit").click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Confirm your comment");
    expect(await page.locator("#comment").inputValue()).toBe("Posted *without* a script.");
    later(3);
    await page.locator("#submit").click();
    await page.waitForURL(/#comment-\d+$/);
    const id = page.url().split("#comment-")[1]!;
    const mine = page.locator(`#comment-${id}`);
    expect(await mine.locator(".comment-awaiting").count()).toBe(1);
    expect(await mine.locator(".comment-content em").textContent()).toBe("without");
    expect(await mine.locator(".comment-author a").getAttribute("href")).toBe("http://basim.example/");
    expect(await mine.locator(".comment-author a").getAttribute("rel")).toBe("nofollow ugc noopener");

    const before = (await t.s.comments.moderation.counts()).pending;
    await page.goto(base + t.articles[1]!.url);
    await page.locator("#comment").fill("I am a bot");
    await page.locator("#author").fill("Bot");
    await page.locator("#email").fill("bot@example.org");
    await page.locator("#topic").evaluate((el) => {
      (el as unknown as { value: string }).value = "filled by a bot";
    });
    later(20);
    await page.locator("#submit").click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Comment not posted");
    expect((await t.s.comments.moderation.counts()).pending).toBe(before);
  });

  it("an editor approves in /admin and every reader sees the comment", async () => {
    const admin = await browser();
    await admin.goto(`${base}/admin`);
    await admin.locator("#username").fill("desk");
    await admin.locator("#password").fill(PASSWORD);
    await admin.getByRole("button", { name: "Sign in" }).click();
    await admin.waitForURL(/\/admin\/comments\?status=pending$/);
    const row = admin.locator(`#c${jsCommentId}`);
    expect(await row.textContent()).toContain("When is the next council meeting?");
    await row.getByRole("button", { name: "Approve" }).click();
    await expect.poll(() => admin.locator(".notice").textContent()).toBe("1 comment(s) approved.");
    expect(await admin.locator(`#c${jsCommentId}`).count()).toBe(0);

    const reader = await browser();
    await reader.goto(base + article().url);
    const published = reader.locator(`#comment-${jsCommentId}`);
    expect(await published.locator(".comment-author").textContent()).toBe("Amira");
    expect(await published.locator(".comment-awaiting").count()).toBe(0);
    expect(await reader.locator('.byline a[href="#comments"]').textContent()).toBe("1 comment");
    // Basim's is still held: not shown to others.
    expect(await reader.locator(".comment-pending").count()).toBe(0);
  });

  it("replies with and without JavaScript nest under the comment", async () => {
    const page = await browser();
    await page.goto(base + article().url);
    await page.locator(`#comment-${jsCommentId} .comment-reply-link`).click();
    // The form moved under the comment, and says whom it answers.
    expect(await page.locator(`#comment-${jsCommentId} #respond`).count()).toBe(1);
    expect(await page.locator(".reply-title-text").textContent()).toBe("Reply to Amira");
    await page.locator("#comment").fill("Next Tuesday, I believe.");
    await page.locator("#author").fill("Dana");
    await page.locator("#email").fill("dana@example.org");
    later(20);
    await page.locator("#submit").click();
    await expect.poll(() => page.locator(`#comment-${jsCommentId} > ol.children > li`).count()).toBe(1);
    expect(await page.locator(`#comment-${jsCommentId} #respond`).count()).toBe(0);

    const plain = await browser({ javaScriptEnabled: false });
    await plain.goto(base + article().url);
    await plain.locator(`#comment-${jsCommentId} .comment-reply-link`).click();
    await plain.waitForURL(/replytocom=/);
    expect(await plain.locator("#reply-title").textContent()).toContain("Reply to Amira");
    await plain.locator("#comment").fill("Thank you both.");
    await plain.locator("#author").fill("Eli");
    await plain.locator("#email").fill("eli@example.org");
    later(20);
    await plain.locator("#submit").click(); // the confirm step (this browser had no cookie yet)
    later(3);
    await plain.locator("#submit").click();
    await plain.waitForURL(/#comment-\d+$/);
    const id = plain.url().split("#comment-")[1]!;
    expect(await plain.locator(`#comment-${jsCommentId} > ol.children > #comment-${id}`).count()).toBe(1);
  });

  it("runs none of the generated XSS payloads posted as text, name and website", async () => {
    const corpus = xssCorpus();
    const websites = websiteCorpus();
    const target = t.articles[2]!;
    const poster = new Browser((url, init) => fetch(base + url, init));
    const token = await poster.token();
    later(3);
    const accepted: { id: number; name: string }[] = [];
    let refused = 0;
    let n = 0;
    const submit = async (body: string, name: string, url: string) => {
      n++;
      const res = await poster.post(
        "/comments",
        commentForm({ articleId: target.id, body, name, url, email: `reader${n}@example.org` }, token),
        {
          "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          accept: "application/json",
        },
      );
      const answer = (await res.json()) as { ok: boolean; id?: number };
      if (answer.ok && answer.id) accepted.push({ id: answer.id, name });
      else refused++;
      return answer.ok;
    };
    for (const p of corpus) {
      const name = p.text.length <= 245 && cleanLine(p.text) !== "" ? p.text : `Reader ${p.id}`;
      await submit(p.text, name, "");
    }
    let websitesAccepted = 0;
    for (const w of websites)
      if (await submit(`Website test ${w.id}`, `Site ${w.id}`, w.text)) websitesAccepted++;
    // Everything but the empty-after-cleaning and over-long values is accepted; it all goes on the page.
    expect(accepted.length).toBeGreaterThan(corpus.length * 0.95);
    expect(websitesAccepted).toBeGreaterThan(0);
    expect(websitesAccepted).toBeLessThan(websites.length);
    await t.s.comments.moderation.apply(
      "approve",
      accepted.map((a) => a.id),
      "test",
    );
    console.info(
      `XSS corpus: ${corpus.length} payloads as text and name, ${websites.length} as website; ` +
        `${accepted.length} comments shown, ${refused} refused by the form's checks`,
    );

    const html = await (await fetch(base + target.url)).text();
    expect(wellFormednessProblems(html)).toEqual([]);

    // The page's CSP would stop inline script anyway: bypass it, so this tests the escaping itself.
    const page = await browser({ bypassCSP: true });
    const dialogs: string[] = [];
    const consoleLines: string[] = [];
    const foreign: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    await page.context().route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.origin === base) return route.continue();
      foreign.push(url.href);
      return route.abort();
    });
    await page.goto(base + target.url, { waitUntil: "load" });
    await page.mouse.move(200, 200);
    for (const y of [0, 2000, 20_000, 200_000]) await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(800);

    expect(dialogs).toEqual([]);
    expect(consoleLines).toEqual([]);
    expect(foreign).toEqual([]);
    expect(page.url()).toBe(base + target.url);
    const report = await page.evaluate(() => {
      const allowedTags = new Set([
        "LI",
        "ARTICLE",
        "FOOTER",
        "B",
        "BDI",
        "A",
        "SPAN",
        "TIME",
        "P",
        "DIV",
        "BR",
        "EM",
        "STRONG",
        "BLOCKQUOTE",
        "OL",
      ]);
      const allowedAttrs = new Set([
        "class",
        "id",
        "href",
        "rel",
        "datetime",
        "dir",
        "data-reply-to",
        "aria-label",
        "tabindex",
      ]);
      const list = document.querySelector("#comments .comment-list");
      const bad: string[] = [];
      for (const el of list ? list.querySelectorAll("*") : []) {
        if (!allowedTags.has(el.tagName)) bad.push(el.tagName);
        for (const attr of el.attributes) {
          if (!allowedAttrs.has(attr.name)) bad.push(`${el.tagName}[${attr.name}]`);
          if (attr.name === "href" && !/^(https?:|mailto:|\/)/.test(attr.value))
            bad.push(`href=${attr.value}`);
        }
      }
      const names = [...document.querySelectorAll("#comments .comment-list > li")].map((li) => [
        li.id,
        li.querySelector(".comment-author")?.textContent ?? "",
      ]);
      return {
        bad,
        names,
        forms: document.forms.length,
        hasForm: !!document.getElementById("commentform"),
        scripts: [...document.scripts].map((s) => ({ src: s.src, type: s.type })),
      };
    });
    expect(report.bad).toEqual([]);
    expect(report.hasForm).toBe(true);
    expect(report.forms).toBe(2); // the masthead's search and the comment form: none from a payload
    // Scripts: files from our origin, and the inline structured data (JSON, not run).
    for (const s of report.scripts)
      expect(s.src === "" ? s.type : s.src).toMatch(
        /^(application\/ld\+json$|http:\/\/127\.0\.0\.1:\d+\/assets\/)/,
      );
    expect(report.names).toHaveLength(accepted.length);
    // Every name shows as the text that was typed (cleaned), markup and all.
    const shown = new Map(report.names.map(([id, name]) => [id, name]));
    for (const a of accepted) expect(shown.get(`comment-${a.id}`)).toBe(cleanLine(a.name));
    expect(foreign.some((u) => u.includes(ATTACKER_HOST))).toBe(false);
  });
});
