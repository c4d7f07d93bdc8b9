// Ingestion: normalized Telegram messages → stored messages, media and articles, with revisions.
// Idempotent: a message whose normalized content is unchanged writes nothing, so the same update or
// export can be delivered any number of times. One source of truth for every source (export, Bot API,
// preview): they differ only in how messages and media reach this service.
import type { Insertable } from "kysely";
import { buildArticle } from "../articles/build-article.js";
import type { ArticleDraft, ChannelSettings } from "../articles/types.js";
import type { Db } from "../db/connect.js";
import type { ArticleRow, ChannelRow, Database, MessageMediaTable, NewArticle } from "../db/tables/index.js";
import type { Clock } from "../shared/clock.js";
import { DatelineError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import { type ChannelStore, channelSettings } from "../store/channels.js";
import * as w from "../store/ingest-store.js";
import type { MediaRef, SourceMessage, TelegramPost } from "../telegram/post.js";
import type { ChangeBus } from "./change-bus.js";
import { type MediaOutcome, type MediaResolver, noMedia } from "./media-resolver.js";
import { unpackDraft } from "./pack-batch.js";
import { articlePathKey } from "./paths.js";
import { postHash } from "./post-hash.js";
import { newPromoLines, type PreparedBatch, type PreparedDraft } from "./prepare-batch.js";
import { postColumn, storedPost } from "./stored-post.js";
import { groupUnits, isArticleWorthy, type Unit } from "./units.js";

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

interface PlannedUnit {
  unit: Unit;
  /** All posts of the unit, album members stored earlier included, by message id. */
  posts: { messageId: number; post: TelegramPost; source: string }[];
  changed: SourceMessage[];
  existingArticleId: number | null;
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

export interface IngestDeps {
  channels: ChannelStore;
  db: Db;
  clock: Clock;
  log: Logger;
  bus: ChangeBus;
}

export class IngestService {
  constructor(private readonly deps: IngestDeps) {}

  /** Ingests the messages of one channel in one transaction (live updates, small batches). */
  async ingest(channel: ChannelRow, messages: SourceMessage[], media: MediaResolver): Promise<IngestCounts> {
    const counts = emptyCounts();
    const touched = await this.deps.db.kysely
      .transaction()
      .execute((tx) => this.ingestBatch(tx, channel, messages, media, counts));
    await this.announce(channel.id, touched);
    return counts;
  }

  /**
   * Live ingestion (Bot API, preview): decides what changed, downloads media of changed messages before
   * the transaction (network time never holds the database), then stores everything in one transaction.
   * Album items without an article are held for finalizeAlbum. Serialized per channel.
   */
  async ingestLive(
    channel: ChannelRow,
    messages: SourceMessage[],
    media: MediaResolver,
  ): Promise<{ counts: IngestCounts; heldAlbums: string[]; created: number[]; updated: number[] }> {
    return this.serialized(channel.id, async () => {
      const existing = await w.existingMessages(
        this.deps.db.kysely,
        channel.id,
        messages.map((m) => m.post.messageId),
      );
      const changed = messages.filter((m) => existing.get(m.post.messageId)?.post_hash !== postHash(m.post));
      const fetched = new Map<MediaRef, MediaOutcome>();
      for (const m of changed) for (const ref of m.post.media) fetched.set(ref, await media.store(ref));
      const prefetched: MediaResolver = {
        store: async (ref) => fetched.get(ref) ?? { missing: "not fetched" },
      };
      const counts = emptyCounts();
      const fresh = (await this.deps.channels.byId(channel.id)) ?? channel;
      const result = await this.deps.db.kysely
        .transaction()
        .execute((tx) => this.ingestBatch(tx, fresh, messages, prefetched, counts, { holdNewAlbums: true }));
      await this.announce(channel.id, result);
      return { counts, ...result };
    });
  }

  /** Publishes a held album from its stored items (after the quiet period, or at start-up). */
  async finalizeAlbum(channelId: number, mediaGroupId: string): Promise<BatchResult> {
    return this.serialized(channelId, async () => {
      const channel = await this.deps.channels.byId(channelId);
      if (!channel) return { created: [], updated: [], heldAlbums: [] };
      const rows = await w.albumMessages(this.deps.db.kysely, channelId, mediaGroupId);
      if (rows.length === 0) return { created: [], updated: [], heldAlbums: [] };
      const messages: SourceMessage[] = rows.map((r) => ({
        source: r.source as SourceMessage["source"],
        raw: r.raw,
        post: storedPost(r),
      }));
      const result = await this.deps.db.kysely
        .transaction()
        .execute((tx) => this.ingestBatch(tx, channel, messages, noMedia, emptyCounts(), { rebuild: true }));
      await this.announce(channelId, result);
      return result;
    });
  }

  /** Albums stored but never published (the process stopped during a quiet period). */
  async heldAlbums(): Promise<{ channelId: number; mediaGroupId: string }[]> {
    const rows = await this.deps.db.kysely
      .selectFrom("messages")
      .select(["channel_id", "media_group_id"])
      .distinct()
      .where("media_group_id", "is not", null)
      .where("article_id", "is", null)
      .where("source", "!=", "export")
      .execute();
    return rows.map((r) => ({ channelId: r.channel_id, mediaGroupId: r.media_group_id! }));
  }

  private readonly locks = new Map<number, Promise<unknown>>();

  private serialized<T>(channelId: number, task: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(channelId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.locks.set(channelId, settled);
    void settled.then(() => {
      if (this.locks.get(channelId) === settled) this.locks.delete(channelId);
    });
    return next;
  }

  /** Tells listeners (page cache, search index) what changed; call after the transaction commits. */
  async announce(channelId: number, touched: { created: number[]; updated: number[] }): Promise<void> {
    await this.deps.bus.emit({ kind: "created", channelId, articleIds: touched.created });
    await this.deps.bus.emit({ kind: "updated", channelId, articleIds: touched.updated });
  }

  /**
   * Ingests a batch inside the caller's transaction (an import runs all its batches in one, so a failure
   * leaves the database as it was). Returns the ids of articles created and updated.
   */
  async ingestBatch(
    tx: w.Tx,
    channelIn: ChannelRow,
    messages: SourceMessage[],
    media: MediaResolver,
    counts: IngestCounts,
    opts: BatchOptions = {},
  ): Promise<BatchResult> {
    const now = this.deps.clock.now();
    const rebuild = opts.rebuild === true;
    counts.messages += messages.length;
    const prepared = opts.prepared;
    const channel = await this.learnPromoLines(tx, channelIn, messages, prepared?.newPromoLines);
    const settings = channelSettings(channel);
    // Drafts prepared with other promotion lines than the channel's now (never, unless the channel changed
    // under the import) are built again, or, when the posts came without their text, refused.
    const preparedDrafts = new Map<number, PreparedDraft>();
    if (prepared && prepared.promoKey === JSON.stringify(settings.detectedPromoLines)) {
      for (const d of prepared.drafts) preparedDrafts.set(d.messageIds[0]!, d);
    } else if (prepared?.textless) {
      throw new DatelineError(
        "STORE",
        `the promotion lines of @${channel.username} changed during the import: run it again`,
      );
    }
    const writes = w.ingestWrites(this.deps.db, tx);
    const existing = await writes.existingMessages(
      channel.id,
      messages.map((m) => m.post.messageId),
    );

    const hashes = new Map(messages.map((m, i) => [m, prepared?.hashes[i] ?? postHash(m.post)]));
    const preparedAt = new Map(prepared ? messages.map((m, i) => [m, i]) : []);
    const planned: PlannedUnit[] = [];
    for (const unit of groupUnits(messages)) {
      const changed = rebuild
        ? unit.messages
        : unit.messages.filter((m) => existing.get(m.post.messageId)?.post_hash !== hashes.get(m));
      counts.unchanged += unit.messages.length - changed.length;
      if (changed.length === 0) continue;
      planned.push(await this.plan(tx, channel.id, unit, changed, existing));
    }
    if (planned.length === 0) return { created: [], updated: [], heldAlbums: [] };

    const mediaRows = rebuild
      ? await this.storedMedia(tx, channel.id, planned)
      : await this.storeMedia(tx, writes, channel.id, planned, existing, media, now);
    const articlesNow = await w.articlesById(
      tx,
      planned.flatMap((p) => (p.existingArticleId ? [p.existingArticleId] : [])),
    );

    const newArticles: { planned: PlannedUnit; row: w.ArticleInsert; tags: string[] }[] = [];
    const updated: number[] = [];
    const batchPaths = new Set<string>();
    const candidates: {
      planned: PlannedUnit;
      draft: ArticleDraft;
      bytes: PreparedDraft["bytes"];
      publishedAt: number;
      pathKey: string | undefined;
    }[] = [];

    const held: string[] = [];
    for (const p of planned) {
      const posts = p.posts.map((x) => x.post);
      if (opts.holdNewAlbums && p.unit.mediaGroupId && !p.existingArticleId) {
        // Telegram never says how many items an album has: store this one, publish after a quiet period.
        held.push(p.unit.mediaGroupId);
        continue;
      }
      const ready = preparedDrafts.get(p.posts[0]!.messageId);
      const reuse = ready !== undefined && sameIds(ready.messageIds, p.posts);
      // A post that came without its text had a draft prepared exactly when it deserved one.
      const worthy = reuse || (prepared?.textless && !p.unit.mediaGroupId ? false : isArticleWorthy(posts));
      if (!worthy) {
        counts.withoutArticle += p.changed.length;
        continue;
      }
      const draft = reuse ? ready.draft : buildArticle({ posts, channel: settings });
      const bytes = reuse ? ready.bytes : undefined;
      const imageSha = firstImage(mediaRows, p);
      const current = p.existingArticleId ? articlesNow.get(p.existingArticleId) : undefined;
      if (current) {
        const full = reuse ? unpackDraft(ready) : draft;
        if (await this.revise(tx, current, p, full, imageSha, settings, now, rebuild)) {
          updated.push(current.id);
          counts.updated++;
        } else counts.unchanged++;
        continue;
      }
      const publishedAt = Math.min(...posts.map((x) => x.date));
      candidates.push({ planned: p, draft, bytes, publishedAt, pathKey: reuse ? ready.pathKey : undefined });
    }

    // New permalinks: unique across the batch and the database; a clash gets the message id appended.
    const wanted = candidates.map(
      (c) => c.pathKey ?? articlePathKey(c.publishedAt, settings.timezone, c.draft.slug),
    );
    const taken = await writes.takenPaths(wanted);
    candidates.forEach((c, i) => {
      let path = wanted[i]!;
      let slug = c.draft.slug;
      if (taken.has(path) || batchPaths.has(path)) {
        slug = `${c.draft.slug}-${c.planned.posts[0]!.messageId}`;
        path = articlePathKey(c.publishedAt, settings.timezone, slug);
      }
      batchPaths.add(path);
      newArticles.push({
        planned: c.planned,
        tags: c.draft.tags,
        row: newArticleRow(c.draft, c.bytes, {
          channelId: channel.id,
          messageId: c.planned.posts[0]!.messageId,
          path,
          slug,
          publishedAt: c.publishedAt,
          now,
          imageSha: firstImage(mediaRows, c.planned),
        }),
      });
    });

    const newIds = await writes.insertArticles(newArticles.map((n) => n.row));
    const created: number[] = [];
    const tagRows: Insertable<Database["article_tags"]>[] = [];
    const pathRows: Insertable<Database["article_paths"]>[] = [];
    const articleOf = new Map<PlannedUnit, number>();
    for (const n of newArticles) {
      const id = newIds.get(n.row.message_id)!;
      created.push(id);
      articleOf.set(n.planned, id);
      pathRows.push({ path: n.row.path, article_id: id });
      for (const tag of n.tags) tagRows.push({ article_id: id, tag, published_at: n.row.published_at });
    }
    counts.created += created.length;
    await writes.insertTags(tagRows);
    await writes.insertPaths(pathRows);

    const messageRows: w.MessageUpsert[] = [];
    for (const p of planned) {
      const articleId = articleOf.get(p) ?? p.existingArticleId;
      for (const m of p.changed) {
        const stored = this.storedForms(m, prepared, preparedAt.get(m));
        // Every column in one literal (no spreads): V8 keeps such objects fast, and a batch makes thousands.
        messageRows.push({
          channel_id: channel.id,
          message_id: m.post.messageId,
          source: m.source,
          raw: stored.raw,
          post: stored.post,
          date: m.post.date,
          edit_date: m.post.editDate ?? null,
          media_group_id: m.post.mediaGroupId ?? null,
          post_hash: hashes.get(m)!,
          article_id: articleId ?? null,
          seen_at: now,
        });
      }
      // Album members stored before this article existed now point at it.
      if (articleId && (rebuild || p.posts.length > p.changed.length)) {
        await w.linkMessages(
          tx,
          channel.id,
          p.posts.map((x) => x.messageId),
          articleId,
        );
      }
    }
    if (!rebuild) await writes.upsertMessages(messageRows);
    const maxId = Math.max(...messages.map((m) => m.post.messageId));
    if (maxId > channel.last_seen_id) {
      await tx.updateTable("channels").set({ last_seen_id: maxId }).where("id", "=", channel.id).execute();
    }
    return { created, updated, heldAlbums: [...new Set(held)] };
  }

  /** The raw and post columns of a message: prepared (and perhaps packed) by an import's worker, or made here. */
  private storedForms(
    m: SourceMessage,
    prepared: PreparedBatch | undefined,
    at: number | undefined,
  ): { raw: w.TextValue; post: string } {
    if (prepared === undefined || at === undefined) return { raw: m.raw, post: postColumn(m) };
    return { raw: prepared.rawBytes?.[at] ?? m.raw, post: prepared.postJson[at]! };
  }

  /** Collects a unit's posts: its changed messages over any album members already stored. */
  private async plan(
    tx: w.Tx,
    channelId: number,
    unit: Unit,
    changed: SourceMessage[],
    existing: Map<number, w.ExistingMessage>,
  ): Promise<PlannedUnit> {
    const byId = new Map<number, { messageId: number; post: TelegramPost; source: string }>();
    let existingArticleId: number | null = null;
    if (unit.mediaGroupId) {
      for (const row of await w.albumMessages(tx, channelId, unit.mediaGroupId)) {
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
    tx: w.Tx,
    writes: w.IngestWrites,
    channelId: number,
    planned: PlannedUnit[],
    existing: Map<number, w.ExistingMessage>,
    media: MediaResolver,
    now: number,
  ): Promise<Map<number, Insertable<MessageMediaTable>[]>> {
    const rows = new Map<number, Insertable<MessageMediaTable>[]>();
    const mediaTableRows: Insertable<Database["media"]>[] = [];
    const changedIds: number[] = [];
    for (const p of planned) {
      for (const m of p.changed) {
        // Only messages stored before can have media rows to replace.
        if (existing.has(m.post.messageId)) changedIds.push(m.post.messageId);
        const list: Insertable<MessageMediaTable>[] = [];
        for (const [position, ref] of m.post.media.entries()) {
          const outcome = await media.store(ref);
          const stored = "stored" in outcome ? outcome.stored : null;
          if (stored) {
            mediaTableRows.push({
              sha256: stored.sha256,
              mime_type: stored.mimeType,
              size: stored.size,
              width: stored.width,
              height: stored.height,
              ext: stored.ext,
              created_at: now,
            });
          }
          list.push({
            channel_id: channelId,
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
        rows.set(m.post.messageId, list);
      }
    }
    await writes.insertMedia(mediaTableRows);
    await writes.replaceMessageMedia(channelId, changedIds, [...rows.values()].flat());
    // Unchanged album members keep their stored media: read them so the article knows its first image.
    const others = planned.flatMap((p) =>
      p.posts.filter((x) => !rows.has(x.messageId)).map((x) => x.messageId),
    );
    if (others.length > 0) {
      for (const r of await w.messageMedia(tx, channelId, others)) {
        const list = rows.get(r.message_id) ?? [];
        list.push(r);
        rows.set(r.message_id, list);
      }
    }
    return rows;
  }

  /** Media rows already stored for the units' messages (rebuilds re-derive articles, not media). */
  private async storedMedia(
    tx: w.Tx,
    channelId: number,
    planned: PlannedUnit[],
  ): Promise<Map<number, Insertable<MessageMediaTable>[]>> {
    const rows = new Map<number, Insertable<MessageMediaTable>[]>();
    const ids = planned.flatMap((p) => p.posts.map((x) => x.messageId));
    for (const r of await w.messageMedia(tx, channelId, ids)) {
      const list = rows.get(r.message_id) ?? [];
      list.push(r);
      rows.set(r.message_id, list);
    }
    return rows;
  }

  /** Applies a new version to an existing article; the version it replaces becomes a revision. */
  private async revise(
    tx: w.Tx,
    current: ArticleRow,
    p: PlannedUnit,
    draft: ArticleDraft,
    imageSha: string | null,
    settings: ChannelSettings,
    now: number,
    rebuild: boolean,
  ): Promise<boolean> {
    if (current.content_hash === draft.contentHash && current.image_sha === imageSha) return false;
    const editedAt = Math.max(0, ...p.posts.map((x) => x.post.editDate ?? 0)) || now;
    const patch: Partial<NewArticle> = {
      ...draftColumns(draft),
      image_sha: imageSha,
      modified_at: now,
    };
    // A rebuild (new channel settings, a better pipeline) is not an edit by the newsroom: no revision.
    if (current.content_hash !== draft.contentHash && !rebuild) {
      await w.insertRevisions(tx, [
        {
          article_id: current.id,
          number: current.revision,
          created_at: current.updated_at ?? current.published_at,
          headline: current.headline,
          body_text: current.body_text,
          body_html: current.body_html,
          dateline_place: current.dateline_place,
          dateline_outlet: current.dateline_outlet,
          content_hash: current.content_hash,
          source: p.changed[0]?.source ?? "unknown",
        },
      ]);
      patch.revision = current.revision + 1;
      patch.updated_at = editedAt;
    }
    if (draft.slug !== current.slug) {
      // The old permalink keeps working: article_paths still maps it here, and pages redirect it (301).
      let path = articlePathKey(current.published_at, settings.timezone, draft.slug);
      const taken = await w.takenPaths(tx, [path]);
      const owner = taken.get(path);
      if (owner !== undefined && owner !== current.id) path = `${path}-${current.message_id}`;
      patch.slug = path.slice(path.lastIndexOf("/") + 1);
      patch.path = path;
      await w.insertPaths(tx, [{ path, article_id: current.id }]);
    }
    await w.updateArticle(tx, current.id, patch);
    await w.replaceTags(tx, current.id, draft.tags, current.published_at);
    return true;
  }

  /**
   * Lines repeated across a large batch (an export's history) are promotion lines: they join the
   * channel's detected list before the batch's articles are built, so no article carries them.
   */
  private async learnPromoLines(
    tx: w.Tx,
    channel: ChannelRow,
    messages: SourceMessage[],
    found: string[] | undefined,
  ): Promise<ChannelRow> {
    const known = channelSettings(channel).detectedPromoLines;
    const knownSet = new Set(known);
    const fresh = (found ?? newPromoLines(messages, known)).filter((l) => !knownSet.has(l));
    if (fresh.length === 0) return channel;
    this.deps.log.info("promotion lines detected", { channel: channel.username, lines: fresh });
    const detected = JSON.stringify([...known, ...fresh]);
    await tx.updateTable("channels").set({ detected_promo: detected }).where("id", "=", channel.id).execute();
    return { ...channel, detected_promo: detected };
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
): w.ArticleInsert {
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

function sameIds(ids: number[], posts: { messageId: number }[]): boolean {
  return ids.length === posts.length && ids.every((id, i) => posts[i]!.messageId === id);
}

function firstImage(rows: Map<number, Insertable<MessageMediaTable>[]>, p: PlannedUnit): string | null {
  for (const { messageId } of p.posts) {
    for (const r of rows.get(messageId) ?? []) {
      if (r.kind === "photo" && r.sha256) return r.sha256;
    }
  }
  return null;
}
