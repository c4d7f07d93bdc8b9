// Posting and moderating through the services, on SQLite and PostgreSQL: what is stored, with which status,
// what is refused (and that nothing is stored then), threads and pages, counts, and the page cache.
import { beforeAll, describe, expect, it } from "vitest";
import type { SubmitInput } from "../../src/comments/comment-service.js";
import type { Commenter } from "../../src/comments/commenter.js";
import { presentCommentCounts } from "../../src/web/comments/present-comment-counts.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { commentSite, type TestSite } from "./site.js";

const guest = (name = "Amira", email = "amira@example.org", emailProven = false): Commenter => ({
  kind: "guest",
  name,
  email,
  url: null,
  emailProven,
});

describeEachDatabase("comment service", (getDb) => {
  let t: TestSite;
  let ip = 0;
  const submit = (p: Partial<SubmitInput> & { articleId: number; body: string }) => {
    t.clock.t += 20; // past the flood window unless a test says otherwise
    return t.s.comments.service.submit({
      parentId: null,
      commenter: guest(),
      notify: false,
      ip: `198.51.100.${++ip}`,
      userAgent: "test",
      referrer: "",
      ...p,
    });
  };
  const stored = async () =>
    (
      await getDb()
        .db.kysely.selectFrom("comments")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n;

  beforeAll(async () => {
    t = await commentSite(getDb().db, {
      DATELINE_COMMENTS_MODERATION: "first",
      DATELINE_COMMENTS_PER_PAGE: "2",
    });
  });

  it("holds a guest's first comment, and stores the text exactly (4-byte characters too)", async () => {
    const a = t.articles[0]!;
    const body = "First! 📰 𝒜 emoji and math letters\n\n> quoting\n\n*done*";
    const r = await submit({ articleId: a.id, body });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.comment.status).toBe("pending");
    expect(r.comment.held_reason).toBe("first comment, email not proven");
    expect(r.comment.body).toBe(body);
    expect(r.comment.depth).toBe(1);
    expect(r.comment.root_id).toBe(r.comment.id);
    expect(r.url).toBe(`${a.url}#comment-${r.comment.id}`);
  });

  it("refuses a duplicate and a second comment within 15 seconds, storing nothing", async () => {
    const a = t.articles[0]!;
    const before = await stored();
    const dup = await submit({
      articleId: a.id,
      body: "first! 📰 𝒜 EMOJI and math letters\n\n> quoting\n\n*done*",
    });
    expect(dup).toEqual({ ok: false, refusal: "duplicate" });
    t.clock.t += 20;
    const one = await t.s.comments.service.submit({
      articleId: a.id,
      parentId: null,
      commenter: guest("Basim", "basim@example.org"),
      body: "One",
      notify: false,
      ip: "192.0.2.50",
      userAgent: "",
      referrer: "",
    });
    expect(one.ok).toBe(true);
    t.clock.t += 10;
    const flood = await t.s.comments.service.submit({
      articleId: a.id,
      parentId: null,
      commenter: guest("Other", "other@example.org"),
      body: "Two",
      notify: false,
      ip: "192.0.2.50",
      userAgent: "",
      referrer: "",
    });
    expect(flood).toEqual({ ok: false, refusal: "flood" });
    expect(await stored()).toBe(before + 1);
  });

  it("publishes a proven guest's later comments once one is approved; name+email alone is not enough", async () => {
    const a = t.articles[1]!;
    const first = await submit({
      articleId: a.id,
      body: "Hello",
      commenter: guest("Dana", "dana@example.org", true),
    });
    if (!first.ok) throw new Error("refused");
    expect(first.comment.status).toBe("pending");
    await t.s.comments.moderation.apply("approve", [first.comment.id], "editor");
    const proven = await submit({
      articleId: a.id,
      body: "Again",
      commenter: guest("Dana", "dana@example.org", true),
    });
    expect(proven.ok && proven.comment.status).toBe("approved");
    // Someone typing Dana's name and address, without the proof in their browser, is held.
    const spoof = await submit({
      articleId: a.id,
      body: "Spoofed",
      commenter: guest("Dana", "dana@example.org", false),
    });
    expect(spoof.ok && spoof.comment.status).toBe("pending");
    // A proven address under another name is held too (WordPress matches name and email).
    const renamed = await submit({
      articleId: a.id,
      body: "Renamed",
      commenter: guest("D.", "dana@example.org", true),
    });
    expect(renamed.ok && renamed.comment.status).toBe("pending");
  });

  it("threads replies, refuses replies past the depth limit and to unpublished comments", async () => {
    const a = t.articles[2]!;
    const proven = guest("Eli", "eli@example.org", true);
    const root = await submit({ articleId: a.id, body: "root", commenter: proven });
    if (!root.ok) throw new Error("refused");
    const pendingReply = await submit({ articleId: a.id, body: "to pending", parentId: root.comment.id });
    expect(pendingReply).toEqual({ ok: false, refusal: "bad-parent" });
    await t.s.comments.moderation.apply("approve", [root.comment.id], "editor");
    let parent = root.comment;
    for (let depth = 2; depth <= 5; depth++) {
      const r = await submit({
        articleId: a.id,
        body: `depth ${depth}`,
        parentId: parent.id,
        commenter: proven,
      });
      if (!r.ok) throw new Error(`refused at ${depth}`);
      expect(r.comment.status).toBe("approved");
      expect(r.comment.depth).toBe(depth);
      expect(r.comment.root_id).toBe(root.comment.id);
      parent = r.comment;
    }
    const tooDeep = await submit({
      articleId: a.id,
      body: "depth 6",
      parentId: parent.id,
      commenter: proven,
    });
    expect(tooDeep).toEqual({ ok: false, refusal: "too-deep" });
    const otherArticle = await submit({ articleId: t.articles[0]!.id, body: "x", parentId: root.comment.id });
    expect(otherArticle).toEqual({ ok: false, refusal: "bad-parent" });
  });

  it("holds two links, spams disallowed words, refuses blocked identities and IP ranges", async () => {
    const a = t.articles[0]!;
    const proven = guest("Eli", "eli@example.org", true);
    const links = await submit({
      articleId: a.id,
      body: "https://a.example and https://b.example",
      commenter: proven,
    });
    expect(links.ok && links.comment.held_reason).toBe("2 links");
    expect(await t.s.comments.moderation.block("ip", "203.0.113.0/24", null, "editor")).toBeNull();
    expect(await t.s.comments.moderation.block("ip", "nonsense", null, "editor")).toMatch(/Not an IP/);
    const before = await stored();
    const fromRange = await submit({ articleId: a.id, body: "blocked range", ip: "203.0.113.99" });
    expect(fromRange).toEqual({ ok: false, refusal: "blocked" });
    await t.s.comments.moderation.block("identity", "email:bad@example.org", null, "editor");
    const blockedId = await submit({
      articleId: a.id,
      body: "blocked id",
      commenter: guest("B", "bad@example.org"),
    });
    expect(blockedId).toEqual({ ok: false, refusal: "blocked" });
    expect(await stored()).toBe(before);
  });

  it("counts published comments, pages threads, and drops the cached pages when one is published", async () => {
    const a = t.articles[1]!;
    const counts = await t.s.comments.service.counts([a.id, t.articles[0]!.id]);
    expect(counts.get(a.id)).toBe(2);
    expect(presentCommentCounts(counts, "en").get(a.id)).toMatchObject({ count: 2, label: "2 comments" });
    expect(presentCommentCounts(counts, "ar").get(a.id)?.label).toBe("تعليقان");

    // Per page 2: Dana's two approved top-level comments fill page 1; a third goes to page 2.
    const third = await submit({
      articleId: a.id,
      body: "Third",
      commenter: guest("Dana", "dana@example.org", true),
    });
    if (!third.ok) throw new Error("refused");
    expect(third.comment.status).toBe("approved");
    expect(third.page).toBe(2);
    expect(third.url).toBe(`${a.url}?cpage=2#comment-${third.comment.id}`);
    expect(await t.s.comments.service.locate(third.comment.id)).toBe(third.url);

    t.s.cache.put(a.url, {
      status: 200,
      body: "old",
      contentType: "text/html",
      cacheControl: "x",
      tags: [`comments:${a.id}`],
    });
    t.s.cache.put("/", {
      status: 200,
      body: "old",
      contentType: "text/html",
      cacheControl: "x",
      tags: ["listing"],
    });
    const held = await submit({ articleId: a.id, body: "held https://a.example https://b.example" });
    expect(held.ok && held.comment.status).toBe("pending");
    expect(t.s.cache.get(a.url)).toBeDefined(); // a held comment changes no public page
    if (held.ok) await t.s.comments.moderation.apply("approve", [held.comment.id], "editor");
    expect(t.s.cache.get(a.url)).toBeUndefined();
    expect(t.s.cache.get("/")).toBeUndefined();
  });

  it("moves comments between statuses, edits with the reader's rules, deletes only spam and trash", async () => {
    const a = t.articles[0]!;
    const r = await submit({ articleId: a.id, body: "to be moderated" });
    if (!r.ok) throw new Error("refused");
    const id = r.comment.id;
    expect(await t.s.comments.moderation.apply("delete", [id], "editor")).toBe(0);
    expect(await t.s.comments.moderation.apply("spam", [id], "editor")).toBe(1);
    expect((await t.s.comments.moderation.byId(id))?.status).toBe("spam");
    const bad = await t.s.comments.moderation.edit(
      id,
      { name: "", url: "javascript:alert(1)", body: "" },
      "editor",
    );
    expect(bad.ok).toBe(false);
    const good = await t.s.comments.moderation.edit(
      id,
      { name: " Fixed ", url: "example.org", body: "Fixed text" },
      "editor",
    );
    expect(good.ok).toBe(true);
    expect(await t.s.comments.moderation.byId(id)).toMatchObject({
      author_name: "Fixed",
      author_url: "http://example.org/",
      body: "Fixed text",
    });
    expect(await t.s.comments.moderation.apply("delete", [id], "editor")).toBe(1);
    expect(await t.s.comments.moderation.byId(id)).toBeUndefined();
    const q = await t.s.comments.moderation.queue("pending", 1);
    expect(q.rows.every((row) => row.status === "pending")).toBe(true);
    expect(q.rows[0]?.article_headline).toBeTruthy();
  });
});

describe("comment settings", () => {
  it("reads DATELINE_COMMENTS_* and refuses bad values", async () => {
    const { loadConfig } = await import("../../src/config/load.js");
    const c = loadConfig({
      DATELINE_COMMENTS_MAX_DEPTH: "3",
      DATELINE_MODERATOR_EMAILS: "a@x.example, b@x.example",
    });
    expect(c.comments).toMatchObject({ maxDepth: 3, moderation: "first", floodSeconds: 15, perPage: 50 });
    expect(c.mail.moderators).toEqual(["a@x.example", "b@x.example"]);
    expect(() => loadConfig({ DATELINE_COMMENTS_MAX_DEPTH: "11", DATELINE_SMTP_URL: "http://x" })).toThrow(
      /DATELINE_COMMENTS_MAX_DEPTH[\s\S]*DATELINE_SMTP_URL/,
    );
  });
});
