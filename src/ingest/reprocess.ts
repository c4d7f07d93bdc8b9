// Re-derives a channel's articles from the stored posts: after its settings change (promotion patterns,
// time zone) or the article pipeline improves. Raw posts are kept for exactly this.

import type { Db } from "../db/connect.js";
import type { ChannelRow } from "../db/tables/index.js";
import type { Progress } from "../shared/progress.js";
import type { PostSource, SourceMessage } from "../telegram/post.js";
import { emptyCounts, type IngestCounts, type IngestService } from "./ingest-service.js";
import { noMedia } from "./media-resolver.js";
import { storedPost } from "./stored-post.js";

const PAGE = 2000;

export async function reprocessChannel(
  deps: { db: Db; ingest: IngestService },
  channelIn: ChannelRow,
  progress?: Progress,
): Promise<IngestCounts> {
  const counts = emptyCounts();
  const total = Number(
    (
      await deps.db.kysely
        .selectFrom("messages")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("channel_id", "=", channelIn.id)
        .executeTakeFirstOrThrow()
    ).n,
  );
  const touched = { created: [] as number[], updated: [] as number[] };
  let after = -1;
  let done = 0;
  let channel = channelIn;
  for (;;) {
    // Re-read each round: a batch may have learnt promotion lines the next must use.
    channel =
      (await deps.db.kysely
        .selectFrom("channels")
        .selectAll()
        .where("id", "=", channel.id)
        .executeTakeFirst()) ?? channel;
    const rows = await deps.db.kysely
      .selectFrom("messages")
      .select(["message_id", "source", "raw", "post", "media_group_id"])
      .where("channel_id", "=", channel.id)
      .where("message_id", ">", after)
      .orderBy("message_id")
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    const messages: SourceMessage[] = rows.map((r) => ({
      source: r.source as PostSource,
      raw: r.raw,
      post: storedPost(r),
    }));
    const t = await deps.db.kysely
      .transaction()
      .execute((tx) => deps.ingest.ingestBatch(tx, channel, messages, noMedia, counts, { rebuild: true }));
    touched.created.push(...t.created);
    touched.updated.push(...t.updated);
    after = rows[rows.length - 1]!.message_id;
    done += rows.length;
    progress?.update(done, total);
  }
  await deps.ingest.announce(channel.id, touched);
  progress?.finish(`${counts.updated} of ${total} articles changed`);
  return counts;
}
