// The section with sign-in (a small fake ReaderAuth, as src/auth/ implements the contract): sign-in choices
// for guests, "You are commenting using your … account" with log out and change for a signed-in reader,
// and a signed-in reader's comments under their provider identity.
import * as cheerio from "cheerio";
import { beforeAll, expect, it } from "vitest";
import type { ReaderAuth, ReaderIdentity } from "../../../src/auth/reader-identity.js";
import { createComments } from "../../../src/comments/index.js";
import { SiteContent } from "../../../src/site/site-content.js";
import { commentStores } from "../../../src/store/comments/comment-stores.js";
import { commentSection } from "../../../src/web/comments/article-section.js";
import { SitePages } from "../../../src/web/pages/site-pages.js";
import { commentSite, type TestSite } from "../../comments/site.js";
import { describeEachDatabase } from "../../helpers/databases.js";

const READER: ReaderIdentity = {
  provider: "telegram",
  subject: "424242",
  displayName: "Layla <b>K</b>",
  profileUrl: "javascript:alert(1)",
  avatarUrl: null,
  email: null,
  emailVerified: false,
};

const fakeAuth: ReaderAuth = {
  currentReader: async (cookies) => (cookies.dl_reader === "session-1" ? READER : null),
  options: () => [
    {
      id: "telegram",
      label: "Telegram",
      startUrl: (r) => `/auth/telegram/start?return_to=${encodeURIComponent(r)}`,
    },
    {
      id: "oidc:google",
      label: "Google",
      startUrl: (r) => `/auth/oidc:google/start?return_to=${encodeURIComponent(r)}`,
    },
  ],
};

describeEachDatabase("comment section with sign-in", (getDb) => {
  let t: TestSite;
  let site: SitePages;
  let comments: ReturnType<typeof createComments>;

  beforeAll(async () => {
    t = await commentSite(getDb().db);
    comments = createComments({
      config: t.s.config,
      stores: commentStores(getDb().db),
      clock: t.clock,
      log: t.s.log,
      articles: t.s.articles,
      channels: t.s.channels,
      secret: t.s.secret,
      baseUrl: "https://news.example.org",
      site: async () => ({
        title: "Riverside",
        baseUrl: "https://news.example.org",
        language: "en",
        direction: "ltr",
        timezone: "UTC",
      }),
      invalidateTags: () => {},
      readerAuth: fakeAuth,
    });
    const content = new SiteContent(
      { articles: t.s.articles, channels: t.s.channels },
      { baseUrl: "https://news.example.org", timezone: "UTC" },
    );
    site = new SitePages({
      content,
      sections: [commentSection({ threads: comments.threads, clock: t.clock, secret: t.s.secret })],
    });
  });

  const page = async (cookies: Record<string, string>) => {
    const a = t.articles[0]!;
    const r = await site.article(a.path, a.url, { cookies, query: new URLSearchParams() });
    if (r.kind !== "html") throw new Error("not a page");
    return { $: cheerio.load(r.html), personal: r.personal };
  };

  it("offers the configured providers to guests, with the way back to the form", async () => {
    const { $, personal } = await page({});
    expect(personal).toBe(false);
    const links = $(".signin-options a")
      .map((_, a) => $(a).attr("href"))
      .get();
    expect(links).toEqual([
      `/auth/telegram/start?return_to=${encodeURIComponent(`${t.articles[0]!.url}#respond`)}`,
      `/auth/oidc:google/start?return_to=${encodeURIComponent(`${t.articles[0]!.url}#respond`)}`,
    ]);
    expect($(".signin-options a").first().text()).toBe("Log in with Telegram");
  });

  it("shows a signed-in reader sign-in's own line: the account, Log Out and Change (POST with CSRF)", async () => {
    const { $, personal } = await page({ dl_reader: "session-1", dl_csrf: "c".repeat(32) });
    expect(personal).toBe(true);
    expect($("#respond .reader-account").text()).toBe("You are commenting using your Telegram account.");
    expect($("#respond .reader-name").text()).toBe("Layla <b>K</b>");
    const out = $("#respond form.signed-in-actions");
    expect(out.attr("action")).toBe("/auth/logout");
    expect(out.find('input[name="_csrf"]').attr("value")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(out.find('input[name="return"]').attr("value")).toBe(`${t.articles[0]!.url}#respond`);
    expect(
      out
        .find("button")
        .map((_, b) => $(b).text())
        .get(),
    ).toEqual(["Log Out", "Change"]);
    expect($('#commentform input[name="author"]').length).toBe(0);
    expect($('#commentform input[name="_csrf"]').attr("value")).toBe(
      out.find('input[name="_csrf"]').attr("value"),
    );
    expect($('#commentform input[name="_ts"]').attr("value")).toBeTruthy();
    expect($('head script[src^="/assets/signin-popup."]').length).toBe(1);
  });

  it("stores a signed-in reader's comment under their provider identity, with no unsafe profile link", async () => {
    const post = (body: string) => {
      t.clock.t += 20;
      return comments.service.submit({
        articleId: t.articles[0]!.id,
        parentId: null,
        commenter: { kind: "reader", reader: READER },
        body,
        notify: false,
        ip: "198.51.100.5",
        userAgent: "",
        referrer: "",
      });
    };
    const first = await post("Signed-in first");
    if (!first.ok) throw new Error("refused");
    expect(first.comment).toMatchObject({
      identity: "telegram:424242",
      author_name: "Layla <b>K</b>",
      author_url: null,
      author_email: null,
      status: "pending",
    });
    await comments.moderation.apply("approve", [first.comment.id], "editor");
    const second = await post("Signed-in second");
    expect(second.ok && second.comment.status).toBe("approved");
    const { $ } = await page({});
    expect($(`#comment-${first.comment.id} .comment-author`).html()).toBe(
      "<bdi>Layla &lt;b&gt;K&lt;/b&gt;</bdi>",
    );
  });
});
