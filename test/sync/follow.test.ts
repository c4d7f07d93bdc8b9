// Following channels through t.me/s against a local t.me: backfill, catch-up polls, edits, albums, deletions,
// 429s. Runs on SQLite and PostgreSQL.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Services } from "../../src/compose/services.js";
import type { ChannelRow } from "../../src/db/tables/index.js";
import { noMedia } from "../../src/ingest/media-resolver.js";
import { silentLogger } from "../../src/shared/logger.js";
import { AlbumCollector } from "../../src/sync/album-collector.js";
import { deletionKey } from "../../src/sync/follow/deletion-prober.js";
import { readToKey } from "../../src/sync/follow/follower.js";
import { FollowScheduler } from "../../src/sync/follow/scheduler.js";
import { UpdateHandler } from "../../src/sync/update-handler.js";
import { parseUpdate } from "../../src/telegram/bot/parse-update.js";
import { PreviewClient } from "../../src/telegram/preview/client.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { testApp, testServices } from "../helpers/services.js";
import { FakeChannel, textPost } from "./fake-channel.js";

/** Virtual time for the client: sleeping is recorded and advances the clock at once. */
function virtualTime(startMs = Date.UTC(2023, 10, 15)) {
  let t = startMs;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

let fake: FakeChannel | undefined;
afterEach(async () => {
  await fake?.tme.close();
  fake = undefined;
});

let serial = 0;

describeEachDatabase("following a channel's public preview", (getDb) => {
  let s: Services;

  beforeAll(async () => {
    s = await testServices(getDb().db);
  });

  async function followed(prefix: string): Promise<{ channel: ChannelRow; ch: FakeChannel }> {
    const username = `${prefix}_${++serial}`;
    fake = await FakeChannel.start(username);
    const row = await s.channels.create({ username, title: username, timezone: "UTC", language: "en" });
    const channel = await s.channels.update(row.id, { follow: true });
    return { channel, ch: fake };
  }

  function sync(ch: FakeChannel) {
    const time = virtualTime();
    const client = new PreviewClient({
      baseUrl: ch.baseUrl,
      siteUrl: "https://news.example.org",
      sleep: time.sleep,
      now: time.now,
      random: () => 0.5,
    });
    return { time, ...s.follow({ client, mediaRetrySleep: async () => {} }) };
  }

  const fresh = async (c: ChannelRow) => (await s.channels.byId(c.id))!;
  const article = async (c: ChannelRow, id: number) => s.articles.byMessage(c.id, id);
  const pathOf = (a: { path: string }) => `/${a.path}/`;

  it("backfills several pages newest → oldest with ?before=, politely", async () => {
    const { channel, ch } = await followed("pages");
    ch.addRange(1, 50);
    const { follower, time } = sync(ch);
    const counts = await follower.backfill(channel, 45);
    expect(ch.tme.requests).toEqual([
      `/s/${ch.username}`,
      `/s/${ch.username}?before=31`,
      `/s/${ch.username}?before=11`,
    ]);
    expect(counts).toMatchObject({ pages: 3, posts: 45, created: 45 });
    expect(await article(channel, 5)).toBeUndefined();
    const a6 = await article(channel, 6);
    expect(a6?.headline).toBe("Headline of post 6");
    expect(a6?.published_at).toBe(Date.UTC(2023, 10, 14, 8, 5) / 1000);
    expect(await s.state.get(readToKey(channel.id))).toBe("50");
    // The client's minimum interval between requests (1.5 s) was kept.
    expect(time.sleeps).toEqual([1500, 1500]);
  });

  it("a poll catches up after downtime: new posts back to the last one read, then nothing more", async () => {
    const { channel, ch } = await followed("catchup");
    ch.addRange(1, 50);
    const { follower } = sync(ch);
    await follower.backfill(channel, 20);
    ch.addRange(51, 80);
    const counts = await follower.poll(await fresh(channel));
    expect(counts.created).toBe(30);
    expect(ch.tme.requests.slice(1)).toEqual([`/s/${ch.username}`, `/s/${ch.username}?before=61`]);
    expect((await article(channel, 51))?.headline).toBe("Headline of post 51");
    expect(await s.state.get(readToKey(channel.id))).toBe("80");

    const again = await follower.poll(await fresh(channel));
    expect(again).toMatchObject({ pages: 1, created: 0, updated: 0 });
  });

  it("an edited post on the preview becomes a revision", async () => {
    const { channel, ch } = await followed("edits");
    ch.addRange(1, 5);
    const { follower } = sync(ch);
    await follower.backfill(channel, 20);
    const before = (await article(channel, 4))!;
    ch.add({
      ...ch.posts.get(4)!,
      text: "Headline of post 4, corrected\nThe story, told again.",
      edited: true,
    });
    const counts = await follower.poll(await fresh(channel));
    expect(counts.updated).toBe(1);
    const after = (await article(channel, 4))!;
    expect(after.id).toBe(before.id);
    expect(after.headline).toBe("Headline of post 4, corrected");
    expect(after.revision).toBe(2);
    const revisions = await s.articles.revisions(after.id);
    expect(revisions.map((r) => r.headline)).toEqual(["Headline of post 4"]);
    const page = await testApp(s).request(`${pathOf(after)}revisions/`);
    expect(page.status).toBe(200);
    // Read again unchanged: no new revision (the "edited" mark alone is no change).
    expect((await follower.poll(await fresh(channel))).updated).toBe(0);
  });

  it("an album is one article; the Bot API's later delivery of the same album adds nothing", async () => {
    const { channel, ch } = await followed("albums");
    ch.add({
      ...textPost(10, 1_700_000_000, "Flooded street\nWater rose overnight."),
      albumIds: [10, 11, 12],
    });
    const { follower } = sync(ch);
    const counts = await follower.backfill(channel, 20);
    expect(counts).toMatchObject({ created: 1, mediaStored: 3 });
    const album = (await article(channel, 10))!;
    for (const id of [11, 12]) expect((await article(channel, id))?.id).toBe(album.id);
    expect((await s.articles.media(album)).map((m) => [m.message_id, m.kind, Boolean(m.sha256)])).toEqual([
      [10, "photo", true],
      [11, "photo", true],
      [12, "photo", true],
    ]);

    // The bot, added to the channel later, receives the same three items as separate updates.
    const albums = new AlbumCollector(s.ingest, 5, silentLogger);
    const handler = new UpdateHandler({
      channels: s.channels,
      ingest: s.ingest,
      media: noMedia,
      albums,
      log: silentLogger,
    });
    const chat = { id: -1009990000000 - serial, type: "channel", title: "Albums", username: ch.username };
    for (const id of [10, 11, 12]) {
      const parsed = parseUpdate({
        update_id: 5000 + id,
        channel_post: {
          message_id: id,
          chat,
          sender_chat: chat,
          date: 1_700_000_000,
          media_group_id: "777",
          photo: [{ file_id: `F${id}`, file_unique_id: `U${id}`, width: 1280, height: 960 }],
          ...(id === 10 ? { caption: "Flooded street\nWater rose overnight." } : {}),
        },
      });
      if (!parsed.ok) throw new Error(parsed.error);
      await handler.handle(parsed);
    }
    await albums.flush();
    const articles = await s.db.kysely
      .selectFrom("articles")
      .select("id")
      .where("channel_id", "=", channel.id)
      .execute();
    expect(articles).toEqual([{ id: album.id }]);
    expect(await s.articles.media((await s.articles.byId(album.id))!)).toHaveLength(3);
    // The preview, read again, leaves the Bot API's version alone.
    const again = await follower.poll(await fresh(channel));
    expect(again).toMatchObject({ created: 0, updated: 0 });
    expect(await s.articles.media((await s.articles.byId(album.id))!)).toHaveLength(3);
  });

  it("a post gone from the page and 'not found' in its embed answers 410 and leaves the home page", async () => {
    const { channel, ch } = await followed("deletes");
    // Newer than every other test's posts, so they are on the first home page.
    ch.addRange(1, 8, Date.UTC(2030, 0, 1) / 1000);
    const { follower, prober } = sync(ch);
    await follower.backfill(channel, 20);
    const gone = (await article(channel, 5))!;
    const app = testApp(s);
    expect(await (await app.request("/")).text()).toContain(`href="${pathOf(gone)}"`);

    ch.delete(5);
    const counts = await follower.poll(await fresh(channel));
    expect(counts).toMatchObject({ probed: 1, deleted: 1 });
    expect(ch.tme.requests).toContain(`/${ch.username}/5?embed=1`);
    const row = (await s.articles.byId(gone.id))!;
    expect([row.status, row.status_reason]).toEqual(["deleted", "deleted on Telegram"]);
    expect((await app.request(pathOf(gone))).status).toBe(410);
    const home = await (await app.request("/")).text();
    expect(home).not.toContain(`href="${pathOf(gone)}"`);
    expect(home).toContain(`href="${pathOf((await article(channel, 6))!)}"`);

    // Restored by an editor (what `dateline article restore` does): later probes leave it published.
    await s.articles.setStatus(gone.id, "published", null);
    await s.bus.emit({ kind: "status", channelId: channel.id, articleIds: [gone.id] });
    expect(await s.state.get(deletionKey(gone.id))).toBeTruthy();
    await prober.probe(await fresh(channel), [5]);
    expect((await s.articles.byId(gone.id))?.status).toBe("published");
    expect((await app.request(pathOf(gone))).status).toBe(200);
  });

  it("a deleted album item leaves its article; a deleted first item takes the album down", async () => {
    const { channel, ch } = await followed("items");
    ch.add({ ...textPost(20, 1_700_000_000, "Three photos\nOf the market."), albumIds: [20, 21, 22] });
    ch.add({ ...textPost(30, 1_700_000_600, "Two photos\nOf the bridge."), albumIds: [30, 31] });
    const { follower } = sync(ch);
    await follower.backfill(channel, 20);
    const market = (await article(channel, 20))!;
    const bridge = (await article(channel, 30))!;

    ch.add({ ...ch.posts.get(20)!, albumIds: [20, 22] });
    ch.delete(30);
    ch.add({ ...textPost(31, 1_700_000_600, "Two photos\nOf the bridge."), photo: true });
    const counts = await follower.poll(await fresh(channel));
    expect(counts).toMatchObject({ probed: 2, itemsRemoved: 1, deleted: 1 });

    const marketNow = (await s.articles.byId(market.id))!;
    expect(marketNow.status).toBe("published");
    expect((await s.articles.media(marketNow)).map((m) => m.message_id)).toEqual([20, 22]);
    expect(marketNow.modified_at).toBeGreaterThanOrEqual(market.modified_at);
    expect((await s.articles.byId(bridge.id))?.status).toBe("deleted");
  });

  it("scheduled probes cover channels the bot receives, a few articles a round", async () => {
    const username = `botchan_${++serial}`;
    fake = await FakeChannel.start(username);
    const channel = await s.channels.create({
      username,
      title: "Bot channel",
      timezone: "UTC",
      language: "en",
    });
    const albums = new AlbumCollector(s.ingest, 5, silentLogger);
    const handler = new UpdateHandler({
      channels: s.channels,
      ingest: s.ingest,
      media: noMedia,
      albums,
      log: silentLogger,
    });
    const chat = { id: -1008880000000 - serial, type: "channel", title: "Bot channel", username };
    for (const id of [1, 2, 3]) {
      const parsed = parseUpdate({
        update_id: 7000 + id,
        channel_post: {
          message_id: id,
          chat,
          sender_chat: chat,
          date: 1_699_990_000 + id,
          text: `Bot post ${id}\nBody.`,
        },
      });
      if (!parsed.ok) throw new Error(parsed.error);
      await handler.handle(parsed);
    }
    fake.addRange(1, 3);
    fake.delete(2);
    // A scheduler round finds the channel (not followed, but the bot's) and probes its recent articles.
    const { follower, prober, store } = sync(fake);
    expect((await store.probedChannels()).map((c) => c.username)).toContain(username);
    await new FollowScheduler({ follower, prober, store, log: silentLogger, intervalMs: 1000 }).round();
    expect(fake.tme.requests.filter((r) => r.startsWith(`/${username}/`)).sort()).toEqual(
      [1, 2, 3].map((id) => `/${username}/${id}?embed=1`),
    );
    expect((await article(channel, 2))?.status).toBe("deleted");
    expect((await article(channel, 3))?.status).toBe("published");
  });

  it("honours a 429's Retry-After, and a long one postpones the next round", async () => {
    const { channel, ch } = await followed("slow");
    ch.addRange(1, 3);
    ch.tme.intercept = (_path, n) => (n === 1 ? { status: 429, headers: { "retry-after": "7" } } : undefined);
    const { follower, prober, store, time } = sync(ch);
    const counts = await follower.backfill(channel, 20);
    expect(counts.created).toBe(3);
    expect(time.sleeps).toContain(7000);
    expect(ch.tme.requests.slice(0, 2)).toEqual([`/s/${ch.username}`, `/s/${ch.username}`]);

    ch.tme.intercept = () => ({ status: 429, headers: { "retry-after": "900" } });
    const scheduler = new FollowScheduler({
      follower,
      prober,
      store,
      log: silentLogger,
      intervalMs: 300_000,
    });
    expect(await scheduler.round()).toBe(900_000);
  });

  it("runs a first round at start (catch-up), then waits for the interval until stopped", async () => {
    const { channel, ch } = await followed("sched");
    ch.addRange(1, 3);
    const { follower, prober, store } = sync(ch);
    await follower.backfill(channel, 0);
    ch.addRange(4, 6);
    const waits: number[] = [];
    const scheduler = new FollowScheduler({
      follower,
      prober,
      store,
      log: silentLogger,
      intervalMs: 300_000,
      sleep: (ms, signal) => {
        waits.push(ms);
        return new Promise((resolve) => signal.addEventListener("abort", () => resolve()));
      },
    });
    scheduler.start();
    await expect.poll(() => waits.length).toBe(1);
    expect(waits).toEqual([300_000]);
    expect((await article(channel, 5))?.headline).toBe("Headline of post 5");
    expect(await article(channel, 3)).toBeUndefined();
    // Its posts were all on the page just read: the round's deletion probes skip them.
    expect(ch.tme.requests.filter((r) => r.startsWith(`/${ch.username}/`))).toEqual([]);
    await scheduler.stop();
  });
});

describe("the follow schedule", () => {
  it("is off when DATELINE_FOLLOW_INTERVAL_SECONDS is 0", () => {
    const scheduler = new FollowScheduler({
      follower: { poll: async () => ({}) as never, recover: async () => {}, coveredFrom: () => undefined },
      prober: { probeRound: async () => ({ probed: 0, deleted: 0, itemsRemoved: 0 }) },
      store: { followedChannels: async () => [], probedChannels: async () => [] },
      log: silentLogger,
      intervalMs: 0,
    });
    expect(scheduler.enabled).toBe(false);
    scheduler.start();
  });
});
