// The search index of translated editions (/<lang>/search): the same machinery as the originals' index
// (analyze.ts terms, FTS5 or PostgreSQL full-text search, the same queries and ranking), one index per
// edition language behind one interface. On SQLite each language has its own FTS5 table pair, made on
// first use (an FTS5 row's key is the article's); on PostgreSQL the rows of edition_search_documents
// with that language (migration 0008). Kept in step by EditionIndexer: a saved edition is indexed, and
// an article change (edit, takedown, restore) re-reads every edition of the article, so the editions
// of an original that is not published are never found.
import { sql } from "kysely";
import type { Db } from "../db/connect.js";
import type { ChannelRow } from "../db/tables/index.js";
import type { ChangeEvent } from "../ingest/change-bus.js";
import type { Logger } from "../shared/logger.js";
import { parseStringList } from "../store/json.js";
import { editionDirection, editionItemUrl } from "../translation/index.js";
import { PostgresSearchIndex } from "./dialect/postgres.js";
import { SqliteSearchIndex } from "./dialect/sqlite.js";
import type { SearchDocument } from "./document.js";
import { INDEX_BATCH } from "./indexer.js";
import type { SearchIndex } from "./search-index.js";
import type { FoundArticle } from "./search-service.js";

/** Edition languages as the edition routes accept them ("en", "pt-br"). */
const LANGUAGE_RE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/;
const SQLITE_DOCS_PREFIX = "edition_docs_";

export interface EditionSearchIndex {
  /** The index of one edition language. */
  language(language: string): SearchIndex;
  /** Languages that have an index (that something was ever indexed in). */
  languages(): Promise<string[]>;
}

function checkLanguage(language: string): string {
  if (!LANGUAGE_RE.test(language))
    throw new RangeError(`not an edition language: ${JSON.stringify(language)}`);
  return language;
}

/** "pt-br" → "pt_br": a table-name part (LANGUAGE_RE admits nothing else that needs quoting). */
function identOf(language: string): string {
  return checkLanguage(language).replace("-", "_");
}

export function openEditionSearchIndex(db: Db): EditionSearchIndex {
  const open = new Map<string, SearchIndex>();
  const make = (language: string): SearchIndex => {
    if (db.dialect !== "sqlite") return new PostgresSearchIndex(db, { kind: "edition", language });
    const ident = identOf(language);
    const fts = `edition_fts_${ident}`;
    const docs = `${SQLITE_DOCS_PREFIX}${ident}`;
    return new SqliteSearchIndex(db, {
      fts,
      docs,
      // As migration 0003 makes search_fts and search_docs.
      create: [
        `CREATE VIRTUAL TABLE IF NOT EXISTS ${fts} USING fts5(headline, body, facets,
          content='', contentless_delete=1, tokenize='ascii', detail='full')`,
        `CREATE TABLE IF NOT EXISTS ${docs} (article_id integer PRIMARY KEY, doc_key integer NOT NULL)`,
      ],
    });
  };
  return {
    language(language) {
      let index = open.get(language);
      if (!index) {
        index = make(checkLanguage(language));
        open.set(language, index);
      }
      return index;
    },
    async languages() {
      if (db.dialect === "sqlite") {
        const { rows } = await sql<{ name: string }>`SELECT name FROM sqlite_master
          WHERE type = 'table' AND name LIKE ${`${SQLITE_DOCS_PREFIX}%`}`.execute(db.kysely);
        return rows.map((r) => r.name.slice(SQLITE_DOCS_PREFIX.length).replace("_", "-"));
      }
      const { rows } = await sql<{
        language: string;
      }>`SELECT DISTINCT language FROM edition_search_documents`.execute(db.kysely);
      return rows.map((r) => r.language);
    },
  };
}

/** An edition as the indexer sees it: its document in its language, and whether it may be found. */
export interface IndexableEdition {
  language: string;
  document: SearchDocument;
  published: boolean;
}

/** Ids per `IN (…)` list, as in search-store.ts. */
const IN_LIST = 5_000;

/** What edition search reads of editions and their originals (dialect-agnostic Kysely). */
export class EditionSearchStore {
  constructor(private readonly db: Db) {}

  /** Every edition of these articles, in every language. */
  async editionsOf(articleIds: readonly number[]): Promise<IndexableEdition[]> {
    const out: IndexableEdition[] = [];
    for (let i = 0; i < articleIds.length; i += IN_LIST) {
      const rows = await this.db.kysely
        .selectFrom("editions")
        .innerJoin("articles", "articles.id", "editions.article_id")
        .select([
          "editions.article_id as article_id",
          "editions.language as language",
          "editions.headline as headline",
          "editions.dateline_place as dateline_place",
          "editions.body_text as body_text",
          "editions.published_at as published_at",
          "articles.channel_id as channel_id",
          "articles.tags as tags",
          "articles.status as status",
        ])
        .where("editions.article_id", "in", articleIds.slice(i, i + IN_LIST))
        .execute();
      for (const r of rows) {
        out.push({
          language: r.language,
          published: r.status === "published",
          document: {
            articleId: r.article_id,
            channelId: r.channel_id,
            publishedAt: Number(r.published_at),
            headline: r.headline,
            place: r.dateline_place,
            body: r.body_text,
            tags: parseStringList(r.tags),
          },
        });
      }
    }
    return out;
  }

  /**
   * Results of an edition's search: these articles' editions in `language` whose originals are published,
   * each as its article with the edition's text put in, in the order of `ids`.
   */
  async found(
    language: string,
    ids: readonly number[],
    channels: Map<number, ChannelRow>,
  ): Promise<FoundArticle[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.kysely
      .selectFrom("editions")
      .innerJoin("articles", "articles.id", "editions.article_id")
      .selectAll("articles")
      .select([
        "editions.kind as edition_kind",
        "editions.path as edition_path",
        "editions.headline as edition_headline",
        "editions.dateline_place as edition_place",
        "editions.dateline_outlet as edition_outlet",
        "editions.body_text as edition_body_text",
        "editions.summary as edition_summary",
        "editions.source_language as edition_source_language",
      ])
      .where("editions.language", "=", language)
      .where("editions.article_id", "in", [...ids])
      .where("articles.status", "=", "published")
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      const channel = r ? channels.get(r.channel_id) : undefined;
      if (!r || !channel) return [];
      const {
        edition_kind: kind,
        edition_path: path,
        edition_headline,
        edition_place,
        edition_outlet,
        edition_body_text,
        edition_summary,
        edition_source_language,
        ...article
      } = r;
      // A kind "original" edition is the article itself, already in the edition's language.
      const shown = kind === "translation" ? language : edition_source_language;
      return [
        {
          article: {
            ...article,
            headline: edition_headline,
            dateline_place: edition_place,
            dateline_outlet: edition_outlet,
            body_text: edition_body_text,
            summary: edition_summary,
            language: shown,
            direction: editionDirection(shown),
          },
          channel,
          url: editionItemUrl({ kind, language, path }, article.path),
        },
      ];
    });
  }

  /** Ids of every article with an edition, ascending (a full re-index). */
  async articlesWithEditions(): Promise<number[]> {
    const rows = await this.db.kysely
      .selectFrom("editions")
      .select("article_id")
      .distinct()
      .orderBy("article_id")
      .execute();
    return rows.map((r) => r.article_id);
  }
}

export class EditionIndexer {
  constructor(
    private readonly deps: { index: EditionSearchIndex; store: EditionSearchStore; log: Logger },
    private readonly batchSize = INDEX_BATCH,
  ) {}

  /** For ChangeBus.subscribe: an original changed (edited, taken down, restored, deleted). */
  readonly onChange = async (e: ChangeEvent): Promise<void> => {
    if (e.kind === "channel") return;
    await this.guarded(() => this.refresh(e.articleIds), e.articleIds.length);
  };

  /** For Translation.onEditionChange: an edition was saved. */
  readonly onEditionChange = async (e: { articleId: number; language: string }): Promise<void> => {
    await this.guarded(() => this.refresh([e.articleId]), 1);
  };

  private async guarded(work: () => Promise<unknown>, articles: number): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.deps.log.error("edition search index update failed; run `dateline search reindex`", {
        articles,
        error,
      });
    }
  }

  /**
   * Reads every edition of these articles again: published originals' editions are indexed in their
   * language, everything else of these articles leaves every edition index.
   */
  async refresh(articleIds: readonly number[]): Promise<{ indexed: number; removed: number }> {
    const counts = { indexed: 0, removed: 0 };
    const ids = [...new Set(articleIds)];
    for (let i = 0; i < ids.length; i += this.batchSize) {
      const batch = ids.slice(i, i + this.batchSize);
      const editions = await this.deps.store.editionsOf(batch);
      const languages = new Set([...(await this.deps.index.languages()), ...editions.map((e) => e.language)]);
      for (const language of languages) {
        const found = editions.filter((e) => e.language === language && e.published).map((e) => e.document);
        const kept = new Set(found.map((d) => d.articleId));
        const gone = batch.filter((id) => !kept.has(id));
        const index = this.deps.index.language(language);
        await index.index(found);
        await index.remove(gone);
        counts.indexed += found.length;
        counts.removed += gone.length;
      }
    }
    return counts;
  }

  /** Re-indexes every edition. */
  async reindexAll(): Promise<{ indexed: number; removed: number }> {
    return this.refresh(await this.deps.store.articlesWithEditions());
  }
}
