// The part of ingesting a batch that needs no database: post hashes, promotion lines learnt from the batch,
// and the article draft and permalink of every unit. Pure and deterministic, so an import can run it in a
// worker thread ahead of the writes (prepare-worker.ts) and IngestService can trust its results, which
// are exactly what it would compute itself.
import { buildArticle } from "../articles/build-article.js";
import { articlePathKey } from "../articles/permalink.js";
import { candidateLines, detectRepeatedLines } from "../articles/promo.js";
import type { ArticleDraft, ChannelSettings } from "../articles/types.js";
import type { TelegramPost } from "../telegram/post.js";
import { type ImportedMessage, messageFacts } from "./message-facts.js";
import { groupUnits, isArticleWorthy } from "./units.js";

/** A batch needs this many posts before repeated lines in it are taken for promotion lines. */
export const PROMO_MIN_BATCH = 10;

/** Lines repeated across a large batch that are not known promotion lines yet. */
export function newPromoLines(posts: readonly TelegramPost[], known: readonly string[]): string[] {
  return newPromoLinesOf(
    posts.map((p) => candidateLines(p.text)),
    known,
  );
}

/** newPromoLines from the candidate lines of each post of the batch (MessageFacts.promoCandidates). */
export function newPromoLinesOf(
  candidates: readonly (readonly string[])[],
  known: readonly string[],
): string[] {
  if (candidates.length < PROMO_MIN_BATCH) return [];
  const counts = new Map<string, number>();
  for (const lines of candidates) {
    for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const stats = [...counts].map(([line, posts]) => ({ line, posts }));
  const knownSet = new Set(known);
  return detectRepeatedLines(stats, candidates.length).filter((l) => !knownSet.has(l));
}

/** The draft of one unit (a post or an album) whose messages all came in the batch. */
export interface PreparedDraft {
  /** The unit's message ids, ascending. */
  messageIds: number[];
  draft: ArticleDraft;
  publishedAt: number;
  /** The permalink the draft asks for, before any clash is resolved. */
  pathKey: string;
  /** The long texts as UTF-8, once packed for another thread (pack-batch.ts); the draft's own are empty then. */
  bytes?: { bodyHtml: Uint8Array; bodyText: Uint8Array; summary: Uint8Array };
}

/** A batch of an export's messages (all from the export: their source is "export"), ready to be written. */
export interface PreparedBatch {
  /** The messages' posts, in order. */
  posts: TelegramPost[];
  /** The raw JSON of each message as UTF-8, in order. Packed for another thread, empty until viewPacked. */
  rawBytes: Uint8Array[];
  /**
   * Packed: posts outside albums come without their text and entities (the writer needs only what was
   * prepared from them). Album items keep theirs, as an album may join items stored before.
   */
  textless: boolean;
  /** Once packed: the buffer that every packed text of the batch is a view into. */
  buffer?: ArrayBuffer;
  /** Packed, until viewPacked makes the views: offset and length of each raw message, then offset and three lengths of each draft's texts. */
  layout?: number[];
  /** Service messages skipped since the previous batch. */
  skipped: number;
  /** How far into the file the batch reaches (progress). */
  bytesRead: number;
  /** postHash of each message, in order. */
  hashes: string[];
  /** The stored form of each message's post, in order (see stored-post.ts). */
  postJson: string[];
  /** Promotion lines this batch revealed: the channel learns them before the batch's articles are built. */
  newPromoLines: string[];
  /** The detected promotion lines the drafts were built with, as JSON: the writer checks they are its own. */
  promoKey: string;
  /** Drafts of the article-worthy units, by their first message id. */
  drafts: PreparedDraft[];
}

/** Prepares the batches of one channel in order, carrying what earlier batches taught (promotion lines). */
export class BatchPreparer {
  private settings: ChannelSettings;
  private readonly hashDrafts: boolean;

  /**
   * With `hashDrafts: false` the drafts come without their contentHash, for a caller that packs each
   * batch (packBatch hashes the texts where it packs them).
   */
  constructor(settings: ChannelSettings, opts: { hashDrafts?: boolean } = {}) {
    this.settings = settings;
    this.hashDrafts = opts.hashDrafts !== false;
  }

  prepare(messages: readonly ImportedMessage[], skipped = 0, bytesRead = 0): PreparedBatch {
    const facts = messages.map((m) => m.facts ?? messageFacts(m));
    const fresh = newPromoLinesOf(
      facts.map((f) => f.promoCandidates),
      this.settings.detectedPromoLines,
    );
    if (fresh.length > 0) {
      this.settings = {
        ...this.settings,
        detectedPromoLines: [...this.settings.detectedPromoLines, ...fresh],
      };
    }
    const settings = this.settings;
    const drafts: PreparedDraft[] = [];
    for (const unit of groupUnits(messages)) {
      const posts = unit.messages.map((m) => m.post).sort((a, b) => a.messageId - b.messageId);
      if (!isArticleWorthy(posts)) continue;
      const draft = buildArticle({ posts, channel: settings }, { hash: this.hashDrafts });
      let publishedAt = posts[0]!.date;
      for (const p of posts) if (p.date < publishedAt) publishedAt = p.date;
      drafts.push({
        messageIds: posts.map((p) => p.messageId),
        draft,
        publishedAt,
        pathKey: articlePathKey(publishedAt, settings.timezone, draft.slug),
      });
    }
    return {
      posts: messages.map((m) => m.post),
      rawBytes: messages.map((m) => m.rawBytes),
      textless: false,
      skipped,
      bytesRead,
      hashes: facts.map((f) => f.hash),
      postJson: facts.map((f) => f.postColumn),
      newPromoLines: fresh,
      promoKey: JSON.stringify(settings.detectedPromoLines),
      drafts,
    };
  }
}
