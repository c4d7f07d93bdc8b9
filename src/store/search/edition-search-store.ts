// What edition search reads of editions and their originals (dialect-agnostic Kysely): the text to
// index in each edition's language, and the editions a search found.
import type { Selectable } from "kysely";
import type { Db } from "../../db/connect.js";
import { parseStringList } from "../../db/json-columns.js";
import type { ArticleRow, Database } from "../../db/tables/index.js";
import type { SearchDocument } from "./document.js";

/** An edition as the indexer sees it: its document in its language, and whether it may be found. */
export interface IndexableEdition {
  language: string;
  document: SearchDocument;
  published: boolean;
}

/** What a result shows of an edition: its text, and what its address and language are made from. */
export type EditionText = Pick<
  Selectable<Database["editions"]>,
  | "kind"
  | "path"
  | "headline"
  | "dateline_place"
  | "dateline_outlet"
  | "body_text"
  | "summary"
  | "source_language"
>;

/** An edition a search found: the original's row, and the edition's text. */
export interface FoundEdition {
  article: ArticleRow;
  edition: EditionText;
}

/** Ids per `IN (…)` list, as in search-store.ts. */
const IN_LIST = 5_000;

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

  /** These articles' editions in `language` whose originals are published, in the order of `ids`. */
  async found(language: string, ids: readonly number[]): Promise<FoundEdition[]> {
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
      if (!r) return [];
      const {
        edition_kind,
        edition_path,
        edition_headline,
        edition_place,
        edition_outlet,
        edition_body_text,
        edition_summary,
        edition_source_language,
        ...article
      } = r;
      const edition: EditionText = {
        kind: edition_kind,
        path: edition_path,
        headline: edition_headline,
        dateline_place: edition_place,
        dateline_outlet: edition_outlet,
        body_text: edition_body_text,
        summary: edition_summary,
        source_language: edition_source_language,
      };
      return [{ article, edition }];
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
