// Ingestion's store, on SQLite and PostgreSQL: a unit of work commits or rolls back whole, the bulk writes
// take text or its UTF-8 bytes alike, and a message written again replaces every column.
import { beforeAll, expect, it } from "vitest";
import type { ChannelRow } from "../../../src/db/tables/index.js";
import { IngestStore, type MessageUpsert } from "../../../src/store/ingest/index.js";
import { describeEachDatabase } from "../../helpers/databases.js";

const utf8 = new TextEncoder();

function message(messageId: number, raw: string | Uint8Array, post: string): MessageUpsert {
  return {
    channel_id: 0,
    message_id: messageId,
    source: "export",
    raw,
    post,
    date: 1_700_000_000 + messageId,
    edit_date: null,
    media_group_id: null,
    post_hash: `hash-${post}`,
    article_id: null,
    seen_at: 1_700_000_000,
  };
}

describeEachDatabase("ingest store", (getDb) => {
  let store: IngestStore;
  let channel: ChannelRow;

  beforeAll(async () => {
    store = new IngestStore(getDb().db);
    channel = await store.transaction((tx) =>
      tx.createChannel({
        username: "riverside",
        telegram_id: "-1001",
        title: "Riverside",
        timezone: "UTC",
        language: "en",
        cta: null,
        strip_patterns: "[]",
        detected_promo: "[]",
        follow: 0,
        last_seen_id: 0,
        created_at: 1,
        updated_at: 1,
      }),
    );
  });

  const stored = (id: number) =>
    getDb()
      .db.kysely.selectFrom("messages")
      .selectAll()
      .where("channel_id", "=", channel.id)
      .where("message_id", "=", id)
      .executeTakeFirst();

  it("commits a unit of work, and rolls all of it back when it throws", async () => {
    await store.transaction(async (tx) => {
      await tx.upsertMessages([{ ...message(1, '{"id":1}', "a"), channel_id: channel.id }]);
      await tx.setLastSeenId(channel.id, 1);
    });
    const failed = store.transaction(async (tx) => {
      await tx.upsertMessages([{ ...message(2, '{"id":2}', "b"), channel_id: channel.id }]);
      await tx.setLastSeenId(channel.id, 2);
      throw new Error("the file ended early");
    });
    await expect(failed).rejects.toThrow("the file ended early");
    expect(await stored(1)).toMatchObject({ raw: '{"id":1}', post: "a" });
    expect(await stored(2)).toBeUndefined();
    expect(await store.transaction((tx) => tx.channel(channel.id))).toMatchObject({ last_seen_id: 1 });
    expect(await store.countMessages(channel.id)).toBe(1);
  });

  it("stores raw text given as UTF-8 bytes as the same text", async () => {
    const raw = '{"id":3,"text":"بغداد – الناس"}';
    await store.transaction((tx) =>
      tx.upsertMessages([{ ...message(3, utf8.encode(raw), "c"), channel_id: channel.id }]),
    );
    expect(await stored(3)).toMatchObject({ raw, post: "c" });
  });

  it("replaces every column of a message written again, its post too", async () => {
    await store.transaction((tx) =>
      tx.upsertMessages([{ ...message(1, '{"id":1,"edited":true}', "a2"), channel_id: channel.id }]),
    );
    expect(await stored(1)).toMatchObject({
      raw: '{"id":1,"edited":true}',
      post: "a2",
      post_hash: "hash-a2",
    });
    const existing = await store.existingMessages(channel.id, [1, 3, 99]);
    expect([...existing.keys()].sort()).toEqual([1, 3]);
    expect(existing.get(1)?.post_hash).toBe("hash-a2");
  });

  it("reads stored messages in pages, in order", async () => {
    const page = await store.messagesAfter(channel.id, 1, 10);
    expect(page.map((r) => r.message_id)).toEqual([3]);
    expect(await store.messagesAfter(channel.id, 3, 10)).toEqual([]);
  });
});
