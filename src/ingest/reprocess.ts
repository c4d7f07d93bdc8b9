// Re-derives a channel's articles from the stored posts: after its settings change (promotion patterns,
// time zone) or the article pipeline improves. Raw posts are kept for exactly this.
import type { ChannelRow } from "../db/tables/index.js";
import type { Progress } from "../shared/progress.js";
import type { ChannelStore } from "../store/channels.js";
import type { IngestStore } from "../store/ingest/index.js";
import type { PostSource } from "../telegram/post.js";
import { emptyCounts, type IngestCounts, type IngestMessage, type IngestService } from "./ingest-service.js";
import { noMedia } from "./media-resolver.js";
import { storedPost } from "./stored-post.js";

const PAGE = 2000;

export interface ReprocessDeps {
  ingestStore: IngestStore;
  ingest: IngestService;
  channels: Pick<ChannelStore, "byId">;
}

export async function reprocessChannel(
  deps: ReprocessDeps,
  channelIn: ChannelRow,
  progress?: Progress,
): Promise<IngestCounts> {
  const counts = emptyCounts();
  const total = await deps.ingestStore.countMessages(channelIn.id);
  const touched = { created: [] as number[], updated: [] as number[] };
  let after = -1;
  let done = 0;
  let channel = channelIn;
  for (;;) {
    // Re-read each round: a batch may have learnt promotion lines the next must use.
    channel = (await deps.channels.byId(channel.id)) ?? channel;
    const rows = await deps.ingestStore.messagesAfter(channel.id, after, PAGE);
    if (rows.length === 0) break;
    const messages = rows.map(
      (r): IngestMessage => ({ source: r.source as PostSource, raw: r.raw, post: storedPost(r) }),
    );
    const t = await deps.ingestStore.transaction((tx) =>
      deps.ingest.ingestBatch(tx, channel, messages, noMedia, counts, { rebuild: true }),
    );
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
