// The comment stores on SQLite and PostgreSQL: threads by their top-level comment, counts, limits and
// duplicates, moderation's changes, blocks, subscriptions and the emailed tokens.
import { beforeAll, describe, expect, it } from "vitest";
import type { CommentStatus } from "../../../src/db/tables/index.js";
import { ChannelStore } from "../../../src/store/channels.js";
import type { NewComment } from "../../../src/store/comments/comment-store.js";
import { type CommentStores, commentStores } from "../../../src/store/comments/comment-stores.js";
import { describeEachDatabase } from "../../helpers/databases.js";
import { TestClock } from "../../helpers/services.js";

const T = 1_700_000_000;

describeEachDatabase("comment stores", (getDb) => {
  let s: CommentStores;
  let articleId: number;
  let n = 0;
  const add = (p: Partial<NewComment> = {}) =>
    s.comments.insert({
      article_id: articleId,
      parent_id: null,
      depth: 1,
      root_id: null,
      status: "approved",
      identity: "email:a@example.org",
      author_name: "Amira",
      author_email: "a@example.org",
      author_url: null,
      email_verified: 0,
      body: `Comment ${++n}`,
      ip: "192.0.2.1",
      user_agent: "",
      held_reason: null,
      content_hash: `hash-${n}`,
      created_at: T + n,
      ...p,
    });

  beforeAll(async () => {
    const { db } = getDb();
    s = commentStores(db);
    const channel = await new ChannelStore(db, new TestClock()).create({
      username: "riverside",
      title: "Riverside",
      timezone: "UTC",
      language: "en",
      cta: null,
      stripPatterns: [],
    });
    const row = await db.kysely
      .insertInto("articles")
      .values({
        channel_id: channel.id,
        message_id: 1,
        path: "2021/02/19/budget",
        slug: "budget",
        published_at: T,
        updated_at: null,
        modified_at: T,
        headline: "Budget",
        dateline_place: null,
        dateline_outlet: null,
        body_html: "<p>Budget</p>",
        body_text: "Budget",
        summary: "Budget",
        language: "en",
        direction: "ltr",
        tags: "[]",
        status: "published",
        status_reason: null,
        content_hash: "x",
        revision: 1,
        image_sha: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    articleId = row.id;
  });

  describe("comments", () => {
    it("roots a top-level comment at itself and a reply at its thread, and pages whole threads", async () => {
      const first = await add();
      expect(first.root_id).toBe(first.id);
      const reply = await add({ parent_id: first.id, root_id: first.root_id, depth: 2 });
      expect(reply.root_id).toBe(first.id);
      const second = await add();
      await add({ status: "pending" });
      expect(await s.comments.rootCount(articleId)).toBe(2);
      expect(await s.comments.rootsBefore(articleId, second.id)).toBe(1);
      expect((await s.comments.threadPage(articleId, 0, 1)).map((r) => r.id)).toEqual([first.id, reply.id]);
      expect((await s.comments.threadPage(articleId, 1, 1)).map((r) => r.id)).toEqual([second.id]);
      expect((await s.comments.approvedCounts([articleId, 999])).get(articleId)).toBe(3);
      expect((await s.comments.byIds([second.id, first.id])).map((r) => r.id)).toEqual([first.id, second.id]);
      expect((await s.comments.latestApproved(articleId, 2)).map((r) => r.id)).toEqual([second.id, reply.id]);
    });

    it("counts recent comments per IP and identity, and finds duplicates unless trashed", async () => {
      const c = await add({ identity: "email:b@example.org", ip: "192.0.2.9", content_hash: "dup" });
      expect(await s.comments.recentCount("ip", "192.0.2.9", c.created_at - 1)).toBe(1);
      expect(await s.comments.recentCount("identity", "email:b@example.org", c.created_at)).toBe(0);
      expect(await s.comments.hashExists("dup")).toBe(true);
      await s.comments.setStatus([c.id], "trash", T + 100);
      expect(await s.comments.hashExists("dup")).toBe(false);
    });

    it("knows an identity with an approved comment, under a name in any case", async () => {
      expect(await s.comments.hasApproved("email:a@example.org")).toBe(true);
      expect(await s.comments.hasApproved("email:a@example.org", "AMIRA")).toBe(true);
      expect(await s.comments.hasApproved("email:a@example.org", "Basim")).toBe(false);
      expect(await s.comments.hasApproved("email:nobody@example.org")).toBe(false);
    });

    it("moves statuses (returning the rows before), queues with the article, deletes only spam and trash", async () => {
      const parent = await add({ status: "pending" });
      const child = await add({ parent_id: parent.id, root_id: parent.id, depth: 2 });
      const before = await s.comments.setStatus([parent.id], "spam", T + 200);
      expect(before.map((r) => r.status)).toEqual(["pending"]);
      const queue = await s.comments.queue("spam", 0, 10);
      expect(queue[0]).toMatchObject({
        id: parent.id,
        article_headline: "Budget",
        article_path: "2021/02/19/budget",
      });
      const counts: Record<CommentStatus, number> = await s.comments.statusCounts();
      expect(counts.spam).toBe(1);
      expect(await s.comments.deleteForever([child.id])).toEqual([]);
      expect((await s.comments.deleteForever([parent.id])).map((r) => r.id)).toEqual([parent.id]);
      expect((await s.comments.byId(child.id))?.parent_id).toBeNull();
    });

    it("sends an identity's held comments to spam, and marks a comment's address proven", async () => {
      const held = await add({ identity: "email:spam@example.org", status: "pending" });
      expect((await s.comments.spamPendingOf("email:spam@example.org", T + 300)).map((r) => r.id)).toEqual([
        held.id,
      ]);
      expect((await s.comments.byId(held.id))?.status).toBe("spam");
      await s.comments.markEmailVerified(held.id);
      expect((await s.comments.byId(held.id))?.email_verified).toBe(1);
    });
  });

  it("keeps blocks once each, newest first", async () => {
    await s.blocks.add("identity", "email:x@example.org", null, T);
    await s.blocks.add("ip", "192.0.2.0/24", "range", T);
    await s.blocks.add("ip", "192.0.2.0/24", "again", T);
    const list = await s.blocks.list();
    expect(list.map((b) => b.value)).toEqual(["192.0.2.0/24", "email:x@example.org"]);
    expect(await s.blocks.entries()).toHaveLength(2);
    await s.blocks.remove(list[0]!.id);
    expect(await s.blocks.entries()).toEqual([{ kind: "identity", value: "email:x@example.org" }]);
  });

  it("asks for subscriptions, activates them when the address is proven, and unsubscribes", async () => {
    const pending = await s.subscriptions.request(articleId, "s@example.org", false, T);
    expect(pending.status).toBe("pending");
    expect(await s.subscriptions.active(articleId)).toEqual([]);
    expect(await s.subscriptions.confirmAll("s@example.org", T + 1)).toBe(1);
    expect((await s.subscriptions.active(articleId)).map((r) => r.email)).toEqual(["s@example.org"]);
    const upgraded = await s.subscriptions.request(articleId, "t@example.org", true, T);
    expect(upgraded).toMatchObject({ status: "active", confirmed_at: T });
    expect(await s.subscriptions.unsubscribe(upgraded.id)).toBe(true);
    expect((await s.subscriptions.byId(upgraded.id))?.status).toBe("unsubscribed");
    expect(await s.subscriptions.unsubscribe(999_999)).toBe(false);
  });

  it("uses an emailed token once, before it expires", async () => {
    await s.subscriptions.saveToken("h1", "s@example.org", null, T, 100);
    await s.subscriptions.saveToken("h2", "s@example.org", null, T + 5, 100);
    expect(await s.subscriptions.lastTokenAt("s@example.org")).toBe(T + 5);
    expect(await s.subscriptions.lastTokenAt("none@example.org")).toBeNull();
    expect(await s.subscriptions.tokenValid("h1", T + 50)).toBe(true);
    expect(await s.subscriptions.useToken("h1", T + 50)).toEqual({ email: "s@example.org", commentId: null });
    expect(await s.subscriptions.useToken("h1", T + 51)).toBeNull();
    expect(await s.subscriptions.tokenValid("h2", T + 200)).toBe(false);
    expect(await s.subscriptions.useToken("h2", T + 200)).toBeNull();
  });
});
