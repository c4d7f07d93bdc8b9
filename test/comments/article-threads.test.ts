// The thread of an article page as data: the asked page of approved threads (clamped to the last), reply
// links only where a reply can go, this browser's own held comments, and the form's state.
import { beforeAll, expect, it } from "vitest";
import type { ThreadComment } from "../../src/comments/index.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { commentSite, type TestSite } from "./site.js";

const ids = (nodes: ThreadComment[]): unknown[] =>
  nodes.map((n) => (n.replies.length ? [n.row.id, ids(n.replies)] : n.row.id));

describeEachDatabase("article threads", (getDb) => {
  let t: TestSite;
  let ip = 0;
  const post = async (articleId: number, body: string, parentId: number | null = null) => {
    t.clock.t += 20;
    const r = await t.s.comments.service.submit({
      articleId,
      parentId,
      commenter: { kind: "guest", name: "Amira", email: "amira@example.org", url: null, emailProven: true },
      body,
      notify: false,
      ip: `198.51.100.${++ip}`,
      userAgent: "",
      referrer: "",
    });
    if (!r.ok) throw new Error(r.refusal);
    return r.comment;
  };

  beforeAll(async () => {
    t = await commentSite(getDb().db, {
      DATELINE_COMMENTS_PER_PAGE: "1",
      DATELINE_COMMENTS_MAX_DEPTH: "2",
      DATELINE_COMMENTS_MODERATION: "open",
    });
  });

  it("gives the asked page of threads, whole, with reply links down to the depth limit", async () => {
    const a = t.articles[0]!;
    const one = await post(a.id, "One");
    const reply = await post(a.id, "Reply", one.id);
    const two = await post(a.id, "Two");
    const thread = (page: number | null) =>
      t.s.comments.threads.thread({
        article: { id: a.id, published_at: 0 },
        page,
        replyTo: null,
        personal: null,
      });

    const first = await thread(null);
    expect(first).toMatchObject({ count: 3, page: 1, pages: 2, open: true });
    expect(ids(first.comments)).toEqual([[one.id, [reply.id]]]);
    expect(first.comments[0]!.canReply).toBe(true);
    expect(first.comments[0]!.replies[0]!.canReply).toBe(false);
    expect(ids((await thread(9)).comments)).toEqual([two.id]);
    expect(first.form).toMatchObject({ replyTo: null, reader: null, notifyAvailable: false });
  });

  it("shows a browser its own held comment, on the page it belongs to, and names the comment replied to", async () => {
    const a = t.articles[1]!;
    const top = await post(a.id, "Top");
    await t.s.comments.moderation.apply("unapprove", [top.id], "editor");
    const q = { article: { id: a.id, published_at: 0 }, page: null, replyTo: null };
    expect((await t.s.comments.threads.thread({ ...q, personal: null })).comments).toEqual([]);
    const own = await t.s.comments.threads.thread({ ...q, personal: { cookies: {}, ownIds: [top.id] } });
    expect(ids(own.comments)).toEqual([top.id]);
    expect(own.comments[0]!.canReply).toBe(false);

    await t.s.comments.moderation.apply("approve", [top.id], "editor");
    const replying = await t.s.comments.threads.thread({ ...q, replyTo: top.id, personal: null });
    expect(replying.form?.replyTo).toEqual({ id: top.id, name: "Amira" });
  });
});
