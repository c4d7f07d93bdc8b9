// Deletions. Neither the Bot API nor the preview announces them; the embed page of a single post does:
// `t.me/<channel>/<id>?embed=1` shows an error block "Post not found" once the post is gone. Recent
// articles are probed a few at a time on a schedule, and stored posts missing from a fetched preview page
// are probed at once. A deleted post's article is kept, with status "deleted" (its page answers 410); a
// deleted album item leaves its article, which is rebuilt from the other items.
import type { ChannelRow } from "../../db/tables/index.js";
import type { IngestService } from "../../ingest/ingest-service.js";
import type { ChangeBus } from "../../shared/change-bus.js";
import type { Clock } from "../../shared/clock.js";
import type { Logger } from "../../shared/logger.js";
import type { ArticleStore } from "../../store/articles.js";
import type { FollowStore } from "../../store/follow-store.js";
import type { StateStore } from "../../store/state.js";
import type { PreviewClient } from "../../telegram/preview/client.js";

/** Scheduled probes look at the newest this many published articles of a channel… */
export const PROBE_NEWEST = 50;
/** …and at any published in the last this many days… */
export const PROBE_DAYS = 7;
/** …but never more than this many. */
export const PROBE_CAP = 200;
/** Embeds asked per channel and round: a channel's candidates are spread over several rounds. */
export const PROBES_PER_ROUND = 10;
export const DELETED_REASON = "deleted on Telegram";
const DAY = 86_400;

/** Set when a probe took an article down: if an editor restores it, later probes leave it published. */
export function deletionKey(articleId: number): string {
  return `telegram.deleted.${articleId}`;
}

export interface ProbeCounts {
  probed: number;
  /** Articles taken down because their post (or an album's first item) is gone. */
  deleted: number;
  /** Album items taken out of their article. */
  itemsRemoved: number;
}

export function emptyProbeCounts(): ProbeCounts {
  return { probed: 0, deleted: 0, itemsRemoved: 0 };
}

export interface DeletionProberDeps {
  client: Pick<PreviewClient, "fetchEmbed">;
  store: FollowStore;
  articles: ArticleStore;
  ingest: Pick<IngestService, "finalizeAlbum">;
  bus: ChangeBus;
  state: StateStore;
  clock: Clock;
  log: Logger;
}

export class DeletionProber {
  /** Where each channel's next scheduled round starts in its candidate list (in memory: a restart rewinds). */
  private readonly cursors = new Map<number, number>();

  constructor(private readonly deps: DeletionProberDeps) {}

  /**
   * One scheduled round: the next few of the channel's recent articles, round-robin. Posts from `coveredFrom`
   * up were on a preview page just read, where a deletion shows as a gap: they are not asked about again.
   */
  async probeRound(channel: ChannelRow, coveredFrom?: number): Promise<ProbeCounts> {
    const recent = await this.deps.store.probeCandidates(channel.id, {
      newest: PROBE_NEWEST,
      since: this.deps.clock.now() - PROBE_DAYS * DAY,
      cap: PROBE_CAP,
    });
    const candidates = coveredFrom === undefined ? recent : recent.filter((c) => c.messageId < coveredFrom);
    if (candidates.length === 0) return emptyProbeCounts();
    const start = (this.cursors.get(channel.id) ?? 0) % candidates.length;
    const rotated = [...candidates.slice(start), ...candidates.slice(0, start)];
    const slice = rotated.slice(0, PROBES_PER_ROUND);
    this.cursors.set(channel.id, start + slice.length);
    return this.probe(
      channel,
      slice.map((c) => c.messageId),
    );
  }

  /** Asks t.me about each message; acts on those it reports not found. Errors reach the caller. */
  async probe(channel: ChannelRow, messageIds: readonly number[]): Promise<ProbeCounts> {
    const counts = emptyProbeCounts();
    for (const id of messageIds) {
      const result = await this.deps.client.fetchEmbed(channel.username, id);
      counts.probed++;
      if (result.status !== "not_found") continue;
      // Other error blocks (a channel turned private, say) say nothing about this post.
      if (!/not found/i.test(result.message)) {
        this.deps.log.warn("embed error not taken for a deletion", {
          channel: channel.username,
          message: id,
          error: result.message,
        });
        continue;
      }
      const outcome = await this.postDeleted(channel, id);
      if (outcome === "article") counts.deleted++;
      if (outcome === "item") counts.itemsRemoved++;
    }
    return counts;
  }

  private async postDeleted(channel: ChannelRow, messageId: number): Promise<"article" | "item" | "none"> {
    const { store, articles, state, bus, clock, log } = this.deps;
    const stored = (await store.messages(channel.id, [messageId])).get(messageId);
    if (!stored?.articleId) return "none";
    const article = await articles.byId(stored.articleId);
    if (article?.status !== "published") return "none";

    if (article.message_id === messageId) {
      if (await state.get(deletionKey(article.id))) {
        log.debug("deleted on Telegram, restored by an editor: left published", { article: article.id });
        return "none";
      }
      await articles.setStatus(article.id, "deleted", DELETED_REASON);
      await state.set(deletionKey(article.id), String(clock.now()));
      await bus.emit({ kind: "status", channelId: channel.id, articleIds: [article.id] });
      log.info("post deleted on Telegram: article taken down", {
        channel: channel.username,
        message: messageId,
        article: article.id,
      });
      return "article";
    }

    // An album item other than the first: the album lives on without it.
    await store.detachMessage(channel.id, messageId);
    if (stored.mediaGroupId) await this.deps.ingest.finalizeAlbum(channel.id, stored.mediaGroupId);
    // Its media went even if the text did not change: pages and validators must move.
    await store.touchArticle(article.id, clock.now());
    await bus.emit({ kind: "updated", channelId: channel.id, articleIds: [article.id] });
    log.info("album item deleted on Telegram: removed from its article", {
      channel: channel.username,
      message: messageId,
      article: article.id,
    });
    return "item";
  }
}
