// Ingesting one batch of a channel's messages inside a transaction: what changed, its media, the articles
// it creates or revises (with their permalinks), then the messages themselves. Each step is a method of
// BatchIngestion, run in order by run().
import { buildArticle } from "../articles/build-article.js";
import { articlePathKey } from "../articles/permalink.js";
import type { ArticleDraft, ChannelSettings } from "../articles/types.js";
import type { ArticleRow, ChannelRow } from "../db/tables/index.js";
import { DatelineError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import { channelSettings } from "../store/channels.js";
import type {
  ArticleInsert,
  ArticlePatch,
  ExistingMessage,
  IngestTx,
  MediaInsert,
  MessageMediaInsert,
  MessageUpsert,
  RevisionInsert,
  TagInsert,
  TextValue,
} from "../store/ingest/index.js";
import type { PostSource, TelegramPost } from "../telegram/post.js";
import type { MediaResolver } from "./media-resolver.js";
import { unpackDraft } from "./pack-batch.js";
import { postHash } from "./post-hash.js";
import { newPromoLines, type PreparedBatch, type PreparedDraft } from "./prepare-batch.js";
import { postColumn, storedPost } from "./stored-post.js";
import { groupUnits, isArticleWorthy, type Unit } from "./units.js";

/**
 * A message as ingestion stores it: where it came from, its raw form (the source's own text, or that text
 * as UTF-8 bytes when an import's workers prepared it) and its normalized post.
 */
export interface IngestMessage {
  source: PostSource;
  raw: TextValue;
  post: TelegramPost;
}

export interface IngestCounts {
  messages: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Messages stored without an article of their own (a lone sticker, an empty post). */
  withoutArticle: number;
}

export function emptyCounts(): IngestCounts {
  return { messages: 0, created: 0, updated: 0, unchanged: 0, withoutArticle: 0 };
}

export interface BatchOptions {
  /** Re-derive articles from stored posts: no media fetching, no message rewrite, no revision. */
  rebuild?: boolean;
  /** Store album items that have no article yet without publishing them (live sources; see finalizeAlbum). */
  holdNewAlbums?: boolean;
  /**
   * What prepareBatch already derived from these very messages (an import's worker): hashes, promotion
   * lines and drafts are taken from it instead of being computed again.
   */
  prepared?: PreparedBatch;
}

export interface BatchResult {
  created: number[];
  updated: number[];
  /** Media group ids stored but not yet published (holdNewAlbums). */
  heldAlbums: string[];
}

export interface BatchDeps {
  now: number;
  log: Logger;
}

interface PlannedUnit {
  unit: Unit<IngestMessage>;
  /** All posts of the unit, album members stored earlier included, by message id. */
  posts: { messageId: number; post: TelegramPost; source: string }[];
  changed: IngestMessage[];
  existingArticleId: number | null;
}

/** A new article waiting for its permalink. */
interface Candidate {
  planned: PlannedUnit;
  draft: ArticleDraft;
  bytes: PreparedDraft["bytes"];
  publishedAt: number;
  pathKey: string | undefined;
}

type MediaRows = Map<number, MessageMediaInsert[]>;

/**
 * Ingests a batch inside the caller's transaction (an import runs all its batches in one, so a failure
 * leaves the database as it was). Returns the ids of articles created and updated.
 */
export async function ingestBatch(
  deps: BatchDeps,
  tx: IngestTx,
  channelIn: ChannelRow,
  messages: IngestMessage[],
  media: MediaResolver,
  counts: IngestCounts,
  opts: BatchOptions = {},
): Promise<BatchResult> {
  counts.messages += messages.length;
  const channel = await learnPromoLines(deps.log, tx, channelIn, messages, opts.prepared?.newPromoLines);
  return new BatchIngestion(deps.now, tx, channel, messages, media, counts, opts).run();
}

/**
 * Lines repeated across a large batch (an export's history) are promotion lines: they join the
 * channel's detected list before the batch's articles are built, so no article carries them.
 */
async function learnPromoLines(
  log: Logger,
  tx: IngestTx,
  channel: ChannelRow,
  messages: IngestMessage[],
  found: string[] | undefined,
): Promise<ChannelRow> {
  const known = channelSettings(channel).detectedPromoLines;
  const knownSet = new Set(known);
  const fresh = (
    found ??
    newPromoLines(
      messages.map((m) => m.post),
      known,
    )
  ).filter((l) => !knownSet.has(l));
  if (fresh.length === 0) return channel;
  log.info("promotion lines detected", { channel: channel.username, lines: fresh });
  const detected = JSON.stringify([...known, ...fresh]);
  await tx.setDetectedPromo(channel.id, detected);
  return { ...channel, detected_promo: detected };
}

class BatchIngestion {
  private readonly settings: ChannelSettings;
  private readonly rebuild: boolean;
  private readonly prepared: PreparedBatch | undefined;
  /** Drafts prepared ahead (an import's worker), by their first message id. */
  private readonly preparedDrafts = new Map<number, PreparedDraft>();
  private readonly hashes: Map<IngestMessage, string>;
  /** Index of each message in the prepared batch. */
  private readonly preparedAt: Map<IngestMessage, number>;

  constructor(
    private readonly now: number,
    private readonly tx: IngestTx,
    private readonly channel: ChannelRow,
    private readonly messages: IngestMessage[],
    private readonly media: MediaResolver,
    private readonly counts: IngestCounts,
    private readonly opts: BatchOptions,
  ) {
    this.settings = channelSettings(channel);
    this.rebuild = opts.rebuild === true;
    const prepared = opts.prepared;
    this.prepared = prepared;
    // Drafts prepared with other promotion lines than the channel's now (never, unless the channel changed
    // under the import) are built again, or, when the posts came without their text, refused.
    if (prepared && prepared.promoKey === JSON.stringify(this.settings.detectedPromoLines)) {
      for (const d of prepared.drafts) this.preparedDrafts.set(d.messageIds[0]!, d);
    } else if (prepared?.textless) {
      throw new DatelineError(
        "STORE",
        `the promotion lines of @${channel.username} changed during the import: run it again`,
      );
    }
    this.hashes = new Map(messages.map((m, i) => [m, prepared?.hashes[i] ?? postHash(m.post)]));
    this.preparedAt = new Map(prepared ? messages.map((m, i) => [m, i]) : []);
  }

  async run(): Promise<BatchResult> {
    const existing = await this.tx.existingMessages(
      this.channel.id,
      this.messages.map((m) => m.post.messageId),
    );
    const planned = await this.planUnits(existing);
    if (planned.length === 0) return { created: [], updated: [], heldAlbums: [] };
    const mediaRows = this.rebuild
      ? await this.storedMedia(planned)
      : await this.storeMedia(planned, existing);
    const { candidates, updated, held } = await this.draftArticles(planned, mediaRows);
    const created = await this.insertArticles(candidates, mediaRows);
    await this.writeMessages(planned, created.articleOf);
    await this.recordLastSeen();
    return { created: created.ids, updated, heldAlbums: [...new Set(held)] };
  }

  /** The units with changed messages (all of them in a rebuild), each with its album's stored members. */
  private async planUnits(existing: Map<number, ExistingMessage>): Promise<PlannedUnit[]> {
    const planned: PlannedUnit[] = [];
    for (const unit of groupUnits(this.messages)) {
      const changed = this.rebuild
        ? unit.messages
        : unit.messages.filter((m) => existing.get(m.post.messageId)?.post_hash !== this.hashes.get(m));
      this.counts.unchanged += unit.messages.length - changed.length;
      if (changed.length === 0) continue;
      planned.push(await this.plan(unit, changed, existing));
    }
    return planned;
  }

  /** Collects a unit's posts: its changed messages over any album members already stored. */
  private async plan(
    unit: Unit<IngestMessage>,
    changed: IngestMessage[],
    existing: Map<number, ExistingMessage>,
  ): Promise<PlannedUnit> {
    const byId = new Map<number, { messageId: number; post: TelegramPost; source: string }>();
    let existingArticleId: number | null = null;
    if (unit.mediaGroupId) {
      for (const row of await this.tx.albumMessages(this.channel.id, unit.mediaGroupId)) {
        byId.set(row.message_id, {
          messageId: row.message_id,
          post: storedPost(row),
          source: row.source,
        });
        existingArticleId ??= row.article_id;
      }
    }
    for (const m of unit.messages) {
      byId.set(m.post.messageId, { messageId: m.post.messageId, post: m.post, source: m.source });
      existingArticleId ??= existing.get(m.post.messageId)?.article_id ?? null;
    }
    const posts = [...byId.values()].sort((a, b) => a.messageId - b.messageId);
    return { unit, posts, changed, existingArticleId };
  }

  /** Stores the media of changed messages and replaces their media rows. */
  private async storeMedia(
    planned: PlannedUnit[],
    existing: Map<number, ExistingMessage>,
  ): Promise<MediaRows> {
    const rows: MediaRows = new Map();
    const mediaTableRows: MediaInsert[] = [];
    const changedIds: number[] = [];
    for (const p of planned) {
      for (const m of p.changed) {
        // Only messages stored before can have media rows to replace.
        if (existing.has(m.post.messageId)) changedIds.push(m.post.messageId);
        rows.set(m.post.messageId, await this.mediaOf(m, mediaTableRows));
      }
    }
    await this.tx.insertMedia(mediaTableRows);
    await this.tx.replaceMessageMedia(this.channel.id, changedIds, [...rows.values()].flat());
    // Unchanged album members keep their stored media: read them so the article knows its first image.
    const others = planned.flatMap((p) =>
      p.posts.filter((x) => !rows.has(x.messageId)).map((x) => x.messageId),
    );
    if (others.length > 0) addRows(rows, await this.tx.messageMedia(this.channel.id, others));
    return rows;
  }

  /** Stores a message's media items; returns its media rows (and adds the files stored to `files`). */
  private async mediaOf(m: IngestMessage, files: MediaInsert[]): Promise<MessageMediaInsert[]> {
    const list: MessageMediaInsert[] = [];
    for (const [position, ref] of m.post.media.entries()) {
      const outcome = await this.media.store(ref);
      const stored = "stored" in outcome ? outcome.stored : null;
      if (stored) {
        files.push({
          sha256: stored.sha256,
          mime_type: stored.mimeType,
          size: stored.size,
          width: stored.width,
          height: stored.height,
          ext: stored.ext,
          created_at: this.now,
        });
      }
      list.push({
        channel_id: this.channel.id,
        message_id: m.post.messageId,
        position,
        kind: ref.kind,
        sha256: stored?.sha256 ?? null,
        mime_type: stored?.mimeType ?? ref.mimeType ?? null,
        file_name: ref.fileName ?? null,
        width: stored?.width ?? ref.width ?? null,
        height: stored?.height ?? ref.height ?? null,
        duration: ref.durationSeconds ?? null,
        missing_reason: "missing" in outcome ? outcome.missing : null,
        source: JSON.stringify(ref.source),
      });
    }
    return list;
  }

  /** Media rows already stored for the units' messages (rebuilds re-derive articles, not media). */
  private async storedMedia(planned: PlannedUnit[]): Promise<MediaRows> {
    const rows: MediaRows = new Map();
    const ids = planned.flatMap((p) => p.posts.map((x) => x.messageId));
    addRows(rows, await this.tx.messageMedia(this.channel.id, ids));
    return rows;
  }

  /**
   * The article of each unit: revises the existing ones (now), and returns the new ones as candidates
   * for a permalink. Album items of live sources without an article are held; unworthy units get none.
   */
  private async draftArticles(
    planned: PlannedUnit[],
    mediaRows: MediaRows,
  ): Promise<{ candidates: Candidate[]; updated: number[]; held: string[] }> {
    const articlesNow = await this.tx.articlesById(
      planned.flatMap((p) => (p.existingArticleId ? [p.existingArticleId] : [])),
    );
    const candidates: Candidate[] = [];
    const updated: number[] = [];
    const held: string[] = [];
    for (const p of planned) {
      const posts = p.posts.map((x) => x.post);
      if (this.opts.holdNewAlbums && p.unit.mediaGroupId && !p.existingArticleId) {
        // Telegram never says how many items an album has: store this one, publish after a quiet period.
        held.push(p.unit.mediaGroupId);
        continue;
      }
      const ready = this.preparedDrafts.get(p.posts[0]!.messageId);
      const reuse = ready !== undefined && sameIds(ready.messageIds, p.posts);
      // A post that came without its text had a draft prepared exactly when it deserved one.
      const worthy =
        reuse || (this.prepared?.textless && !p.unit.mediaGroupId ? false : isArticleWorthy(posts));
      if (!worthy) {
        this.counts.withoutArticle += p.changed.length;
        continue;
      }
      const draft = reuse ? ready.draft : buildArticle({ posts, channel: this.settings });
      const current = p.existingArticleId ? articlesNow.get(p.existingArticleId) : undefined;
      if (current) {
        const full = reuse ? unpackDraft(ready) : draft;
        if (await this.revise(current, p, full, firstImage(mediaRows, p))) {
          updated.push(current.id);
          this.counts.updated++;
        } else this.counts.unchanged++;
        continue;
      }
      const publishedAt = Math.min(...posts.map((x) => x.date));
      const bytes = reuse ? ready.bytes : undefined;
      candidates.push({ planned: p, draft, bytes, publishedAt, pathKey: reuse ? ready.pathKey : undefined });
    }
    return { candidates, updated, held };
  }

  /** Applies a new version to an existing article; the version it replaces becomes a revision. */
  private async revise(
    current: ArticleRow,
    p: PlannedUnit,
    draft: ArticleDraft,
    imageSha: string | null,
  ): Promise<boolean> {
    if (current.content_hash === draft.contentHash && current.image_sha === imageSha) return false;
    const editedAt = Math.max(0, ...p.posts.map((x) => x.post.editDate ?? 0)) || this.now;
    const patch: ArticlePatch = { ...draftColumns(draft), image_sha: imageSha, modified_at: this.now };
    // A rebuild (new channel settings, a better pipeline) is not an edit by the newsroom: no revision.
    if (current.content_hash !== draft.contentHash && !this.rebuild) {
      await this.tx.insertRevisions([revisionOf(current, p.changed[0]?.source ?? "unknown")]);
      patch.revision = current.revision + 1;
      patch.updated_at = editedAt;
    }
    if (draft.slug !== current.slug) {
      // The old permalink keeps working: article_paths still maps it here, and pages redirect it (301).
      let path = articlePathKey(current.published_at, this.settings.timezone, draft.slug);
      const owner = (await this.tx.takenPaths([path])).get(path);
      if (owner !== undefined && owner !== current.id) path = `${path}-${current.message_id}`;
      patch.slug = path.slice(path.lastIndexOf("/") + 1);
      patch.path = path;
      await this.tx.insertPaths([{ path, article_id: current.id }]);
    }
    await this.tx.updateArticle(current.id, patch);
    await this.tx.replaceTags(current.id, draft.tags, current.published_at);
    return true;
  }

  /**
   * Gives each new article a permalink, unique across the batch and the database (a clash gets the
   * message id appended), and inserts the articles with their tags and paths.
   */
  private async insertArticles(
    candidates: Candidate[],
    mediaRows: MediaRows,
  ): Promise<{ ids: number[]; articleOf: Map<PlannedUnit, number> }> {
    const { timezone } = this.settings;
    const wanted = candidates.map((c) => c.pathKey ?? articlePathKey(c.publishedAt, timezone, c.draft.slug));
    const taken = await this.tx.takenPaths(wanted);
    const batchPaths = new Set<string>();
    const rows = candidates.map((c, i) => {
      let path = wanted[i]!;
      let slug = c.draft.slug;
      if (taken.has(path) || batchPaths.has(path)) {
        slug = `${c.draft.slug}-${c.planned.posts[0]!.messageId}`;
        path = articlePathKey(c.publishedAt, timezone, slug);
      }
      batchPaths.add(path);
      return newArticleRow(c.draft, c.bytes, {
        channelId: this.channel.id,
        messageId: c.planned.posts[0]!.messageId,
        path,
        slug,
        publishedAt: c.publishedAt,
        now: this.now,
        imageSha: firstImage(mediaRows, c.planned),
      });
    });
    const newIds = await this.tx.insertArticles(rows);
    const ids: number[] = [];
    const tagRows: TagInsert[] = [];
    const articleOf = new Map<PlannedUnit, number>();
    candidates.forEach((c, i) => {
      const row = rows[i]!;
      const id = newIds.get(row.message_id)!;
      ids.push(id);
      articleOf.set(c.planned, id);
      for (const tag of c.draft.tags) tagRows.push({ article_id: id, tag, published_at: row.published_at });
    });
    this.counts.created += ids.length;
    await this.tx.insertTags(tagRows);
    await this.tx.insertPaths(rows.map((r, i) => ({ path: r.path, article_id: ids[i]! })));
    return { ids, articleOf };
  }

  /** Stores the changed messages, pointing each at its article; album members stored earlier too. */
  private async writeMessages(planned: PlannedUnit[], articleOf: Map<PlannedUnit, number>): Promise<void> {
    const messageRows: MessageUpsert[] = [];
    for (const p of planned) {
      const articleId = articleOf.get(p) ?? p.existingArticleId;
      for (const m of p.changed) {
        // Every column in one literal (no spreads): V8 keeps such objects fast, and a batch makes thousands.
        messageRows.push({
          channel_id: this.channel.id,
          message_id: m.post.messageId,
          source: m.source,
          raw: m.raw,
          post: this.postColumnOf(m),
          date: m.post.date,
          edit_date: m.post.editDate ?? null,
          media_group_id: m.post.mediaGroupId ?? null,
          post_hash: this.hashes.get(m)!,
          article_id: articleId ?? null,
          seen_at: this.now,
        });
      }
      if (articleId && (this.rebuild || p.posts.length > p.changed.length)) {
        await this.tx.linkMessages(
          this.channel.id,
          p.posts.map((x) => x.messageId),
          articleId,
        );
      }
    }
    if (!this.rebuild) await this.tx.upsertMessages(messageRows);
  }

  /** The post column of a message: prepared by an import's worker, or made here. */
  private postColumnOf(m: IngestMessage): string {
    const at = this.preparedAt.get(m);
    return this.prepared === undefined || at === undefined ? postColumn(m) : this.prepared.postJson[at]!;
  }

  private async recordLastSeen(): Promise<void> {
    const maxId = Math.max(...this.messages.map((m) => m.post.messageId));
    if (maxId > this.channel.last_seen_id) await this.tx.setLastSeenId(this.channel.id, maxId);
  }
}

function addRows(rows: MediaRows, stored: MessageMediaInsert[]): void {
  for (const r of stored) {
    const list = rows.get(r.message_id) ?? [];
    list.push(r);
    rows.set(r.message_id, list);
  }
}

/**
 * The row of a new article, every column in one literal: rows built with spreads end up as slow
 * dictionary objects, which cost more to build and to read than the insert itself.
 */
function newArticleRow(
  d: ArticleDraft,
  bytes: PreparedDraft["bytes"],
  at: {
    channelId: number;
    messageId: number;
    path: string;
    slug: string;
    publishedAt: number;
    now: number;
    imageSha: string | null;
  },
): ArticleInsert {
  return {
    channel_id: at.channelId,
    message_id: at.messageId,
    path: at.path,
    slug: at.slug,
    published_at: at.publishedAt,
    updated_at: null,
    modified_at: at.now,
    headline: d.headline,
    dateline_place: d.dateline?.place ?? null,
    dateline_outlet: d.dateline?.outlet ?? null,
    body_html: bytes ? bytes.bodyHtml : d.bodyHtml,
    body_text: bytes ? bytes.bodyText : d.bodyText,
    summary: bytes ? bytes.summary : d.summary,
    language: d.language,
    direction: d.direction,
    tags: JSON.stringify(d.tags),
    status: "published",
    status_reason: null,
    content_hash: d.contentHash,
    revision: 1,
    image_sha: at.imageSha,
  };
}

function draftColumns(d: ArticleDraft) {
  return {
    headline: d.headline,
    dateline_place: d.dateline?.place ?? null,
    dateline_outlet: d.dateline?.outlet ?? null,
    body_html: d.bodyHtml,
    body_text: d.bodyText,
    summary: d.summary,
    language: d.language,
    direction: d.direction,
    tags: JSON.stringify(d.tags),
    content_hash: d.contentHash,
  };
}

/** The article's version as it was, kept as a revision. */
function revisionOf(current: ArticleRow, source: string): RevisionInsert {
  return {
    article_id: current.id,
    number: current.revision,
    created_at: current.updated_at ?? current.published_at,
    headline: current.headline,
    body_text: current.body_text,
    body_html: current.body_html,
    dateline_place: current.dateline_place,
    dateline_outlet: current.dateline_outlet,
    content_hash: current.content_hash,
    source,
  };
}

function sameIds(ids: number[], posts: { messageId: number }[]): boolean {
  return ids.length === posts.length && ids.every((id, i) => posts[i]!.messageId === id);
}

function firstImage(rows: MediaRows, p: PlannedUnit): string | null {
  for (const { messageId } of p.posts) {
    for (const r of rows.get(messageId) ?? []) {
      if (r.kind === "photo" && r.sha256) return r.sha256;
    }
  }
  return null;
}
