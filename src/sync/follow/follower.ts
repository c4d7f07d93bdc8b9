// Following a channel through its public preview (t.me/s/<channel>): a backfill of its history when it is
// followed, then polls that re-read it from the newest page back to what was read last time. Each page is
// ingested as it comes (media downloaded at once: CDN links expire), edits become revisions through the
// ingest, and stored posts missing from a page are probed for deletion.
import type { ChannelRow } from "../../db/tables/index.js";
import type { IngestService } from "../../ingest/ingest-service.js";
import type { MediaResolver } from "../../ingest/media-resolver.js";
import type { Logger } from "../../shared/logger.js";
import type { Progress } from "../../shared/progress.js";
import type { FollowStore } from "../../store/follow-store.js";
import type { StateStore } from "../../store/state.js";
import type { SourceMessage } from "../../telegram/post.js";
import { walkHistory } from "../../telegram/preview/backfill.js";
import type { PreviewPageSource } from "../../telegram/preview/client.js";
import type { PreviewPage } from "../../telegram/preview/parse-page.js";
import type { DeletionProber } from "./deletion-prober.js";
import { gapIds, isPreviewGroupId, previewGroupId, shouldIngest, splitAlbums } from "./preview-batch.js";

/** A poll after a long downtime reads at most this many posts back (older gaps: `dateline follow --backfill`). */
export const MAX_CATCH_UP_POSTS = 1000;
/** Gap probes after one page; more wait for the next poll (they are still gaps then). */
export const MAX_GAP_PROBES = 20;

/** The newest message id up to which the channel's preview has been read through. */
export function readToKey(channelId: number): string {
  return `follow.read_to.${channelId}`;
}

export interface FollowCounts {
  pages: number;
  /** Posts read on the preview (an album counts once). */
  posts: number;
  created: number;
  updated: number;
  mediaStored: number;
  mediaMissing: number;
  probed: number;
  deleted: number;
  itemsRemoved: number;
}

export function emptyFollowCounts(): FollowCounts {
  return {
    pages: 0,
    posts: 0,
    created: 0,
    updated: 0,
    mediaStored: 0,
    mediaMissing: 0,
    probed: 0,
    deleted: 0,
    itemsRemoved: 0,
  };
}

export interface PreviewFollowerDeps {
  client: PreviewPageSource;
  ingest: Pick<IngestService, "ingestLive" | "finalizeAlbum" | "heldAlbums">;
  store: FollowStore;
  state: StateStore;
  /** Downloads `url` media at once (LiveMediaResolver over PreviewClient.downloadMedia). */
  media: MediaResolver;
  prober: Pick<DeletionProber, "probe">;
  log: Logger;
}

export class PreviewFollower {
  /** Per channel, the oldest message id on the pages its last poll read (their gaps were probed then). */
  private readonly covered = new Map<number, number>();

  constructor(private readonly deps: PreviewFollowerDeps) {}

  /** Posts from this id up were on the pages the last poll read: deletions among them are already known. */
  coveredFrom(channelId: number): number | undefined {
    return this.covered.get(channelId);
  }

  /**
   * Reads the newest `depth` posts, newest page first. `firstPage` is the page already fetched to check
   * that the preview exists. Depth 0 reads nothing: polls then start from the newest post.
   */
  async backfill(
    channel: ChannelRow,
    depth: number,
    opts: { firstPage?: PreviewPage; progress?: Progress } = {},
  ): Promise<FollowCounts> {
    const counts = emptyFollowCounts();
    const source = new TappedSource(this.deps.client, opts.firstPage);
    if (depth <= 0) {
      const first = opts.firstPage ?? (await source.fetchPage(channel.username));
      await this.markReadTo(channel.id, first.maxId ?? 0);
      return counts;
    }
    let newest: number | undefined;
    for await (const page of walkHistory(source, channel.username, { depth })) {
      const full = source.last ?? page;
      newest ??= full.maxId;
      await this.readPage(channel, full, page.posts, counts);
      opts.progress?.update(counts.posts, depth, `${counts.created} new`);
    }
    if (newest !== undefined) await this.markReadTo(channel.id, newest);
    return counts;
  }

  /**
   * Re-reads the channel from its newest page back to where the last read ended (catch-up after downtime),
   * ingesting every post on each page read, so edits of recent posts are seen too.
   */
  async poll(channel: ChannelRow): Promise<FollowCounts> {
    const counts = emptyFollowCounts();
    const saved = Number((await this.deps.state.get(readToKey(channel.id))) ?? Number.NaN);
    const since = Number.isFinite(saved) ? saved : channel.last_seen_id;
    const source = new TappedSource(this.deps.client);
    // Never read before: the newest page only (history is what `dateline follow --backfill` is for).
    const walk =
      since > 0
        ? walkHistory(source, channel.username, { depth: MAX_CATCH_UP_POSTS, sinceId: since })
        : walkHistory(source, channel.username, { depth: 1 });
    let newest: number | undefined;
    let oldestRead: number | undefined;
    for await (const page of walk) {
      const full = source.last ?? page;
      newest ??= full.maxId;
      oldestRead = full.minId ?? oldestRead;
      // Posts up to the last one read are looked at only when stored (their edits); others were not wanted.
      await this.readPage(channel, full, full.posts, counts, since);
    }
    if (since > 0 && oldestRead !== undefined && oldestRead > since + 1) {
      this.deps.log.warn("catch-up stopped before the last post read", {
        channel: channel.username,
        readBackTo: oldestRead,
        lastRead: since,
      });
    }
    if (newest !== undefined) await this.markReadTo(channel.id, newest);
    if (oldestRead !== undefined) this.covered.set(channel.id, oldestRead);
    return counts;
  }

  /** Publishes preview albums left held by a run that stopped between storing and publishing them. */
  async recover(): Promise<void> {
    for (const held of await this.deps.ingest.heldAlbums()) {
      if (isPreviewGroupId(held.mediaGroupId)) {
        await this.deps.ingest.finalizeAlbum(held.channelId, held.mediaGroupId);
      }
    }
  }

  private async readPage(
    channel: ChannelRow,
    page: PreviewPage,
    candidates: readonly SourceMessage[],
    counts: FollowCounts,
    storedOnlyUpTo = 0,
  ): Promise<void> {
    counts.pages++;
    const leads = new Set(candidates.map((p) => p.post.messageId));
    const ids = [...leads, ...page.albums.filter((a) => leads.has(a.messageId)).flatMap((a) => a.itemIds)];
    const stored = await this.deps.store.messages(channel.id, ids);
    const posts = candidates.filter((p) => p.post.messageId > storedOnlyUpTo || stored.has(p.post.messageId));
    counts.posts += posts.length;
    const groupOf = (itemIds: readonly number[]) =>
      itemIds.map((id) => stored.get(id)?.mediaGroupId).find((g) => g) ?? previewGroupId(itemIds[0]!);
    const messages = splitAlbums(posts, page.albums, groupOf).filter((m) =>
      shouldIngest(m.post, stored.get(m.post.messageId)),
    );
    if (messages.length > 0) {
      const r = await this.deps.ingest.ingestLive(channel, messages, this.counting(counts));
      counts.created += r.created.length;
      counts.updated += r.updated.length;
      // The preview shows an album whole: no quiet period to wait for, publish it now.
      for (const group of r.heldAlbums) {
        const done = await this.deps.ingest.finalizeAlbum(channel.id, group);
        counts.created += done.created.length;
        counts.updated += done.updated.length;
      }
    }
    await this.probeGaps(channel, page, counts);
  }

  /** Stored posts inside the page's id range that the page no longer shows may have been deleted. */
  private async probeGaps(channel: ChannelRow, page: PreviewPage, counts: FollowCounts): Promise<void> {
    if (page.minId === undefined || page.maxId === undefined) return;
    const inRange = await this.deps.store.publishedMessageIdsBetween(channel.id, page.minId, page.maxId);
    const gaps = gapIds(page, inRange).slice(0, MAX_GAP_PROBES);
    if (gaps.length === 0) return;
    const probed = await this.deps.prober.probe(channel, gaps);
    counts.probed += probed.probed;
    counts.deleted += probed.deleted;
    counts.itemsRemoved += probed.itemsRemoved;
  }

  private counting(counts: FollowCounts): MediaResolver {
    return {
      store: async (ref) => {
        const outcome = await this.deps.media.store(ref);
        if ("stored" in outcome) counts.mediaStored++;
        else counts.mediaMissing++;
        return outcome;
      },
    };
  }

  private async markReadTo(channelId: number, messageId: number): Promise<void> {
    const saved = Number((await this.deps.state.get(readToKey(channelId))) ?? 0);
    if (messageId > saved) await this.deps.state.set(readToKey(channelId), String(messageId));
  }
}

/** Remembers the last page fetched whole (walkHistory yields pages trimmed to what is wanted). */
class TappedSource implements PreviewPageSource {
  last: PreviewPage | undefined;

  constructor(
    private readonly client: PreviewPageSource,
    private primed?: PreviewPage,
  ) {}

  async fetchPage(channel: string, opts: { before?: number } = {}): Promise<PreviewPage> {
    if (this.primed && opts.before === undefined) {
      this.last = this.primed;
      this.primed = undefined;
      return this.last;
    }
    this.last = await this.client.fetchPage(channel, opts);
    return this.last;
  }
}
