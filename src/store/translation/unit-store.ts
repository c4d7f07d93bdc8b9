// Translated units of editions: machine output, editors' corrections, and the corrections set aside for
// review. Writes that go with an edition's are in edition-writes.ts.
import type { Selectable } from "kysely";
import type { Db } from "../../db/connect.js";
import type { Database } from "../../db/tables/index.js";

export type UnitRow = Selectable<Database["translation_units"]>;

/** A unit flagged for review, with what an editor needs to judge it. */
export interface ReviewRow extends UnitRow {
  channel_id: number;
  message_id: number;
  article_path: string;
}

export class UnitStore {
  constructor(private readonly db: Db) {}

  async list(articleId: number, language: string): Promise<UnitRow[]> {
    return this.db.kysely
      .selectFrom("translation_units")
      .selectAll()
      .where("article_id", "=", articleId)
      .where("language", "=", language)
      .orderBy("position")
      .execute();
  }

  /** Accepts the machine translation of a flagged unit: the set-aside correction is dropped. */
  async resolve(key: { articleId: number; language: string; position: number }): Promise<boolean> {
    const r = await this.db.kysely
      .updateTable("translation_units")
      .set({ review: 0, review_human_html: null, review_source_html: null })
      .where("article_id", "=", key.articleId)
      .where("language", "=", key.language)
      .where("position", "=", key.position)
      .where("review", "=", 1)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async reviews(language?: string): Promise<ReviewRow[]> {
    let q = this.db.kysely
      .selectFrom("translation_units")
      .innerJoin("articles", "articles.id", "translation_units.article_id")
      .selectAll("translation_units")
      .select([
        "articles.channel_id as channel_id",
        "articles.message_id as message_id",
        "articles.path as article_path",
      ])
      .where("translation_units.review", "=", 1);
    if (language !== undefined) q = q.where("translation_units.language", "=", language);
    return q
      .orderBy("translation_units.article_id")
      .orderBy("translation_units.language")
      .orderBy("translation_units.position")
      .execute();
  }

  async reviewCount(): Promise<number> {
    const r = await this.db.kysely
      .selectFrom("translation_units")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("review", "=", 1)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
