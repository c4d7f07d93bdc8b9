// The writes that make an edition, which must land together: its row, its permalink (kept, so former
// paths keep redirecting) and its units. Handed to translation's code by TranslationStores.transaction,
// bound to that transaction.
import type { Kysely } from "kysely";
import type { Database } from "../../db/tables/index.js";
import type { NewEdition } from "./edition-store.js";
import type { UnitRow } from "./unit-store.js";

export interface UnitKey {
  articleId: number;
  language: string;
  position: number;
}

export class EditionWrites {
  constructor(private readonly tx: Kysely<Database>) {}

  /** The edition's current path: undefined when there is no edition, null for a kind "original" one. */
  async currentPath(articleId: number, language: string): Promise<string | null | undefined> {
    const r = await this.tx
      .selectFrom("editions")
      .select("path")
      .where("article_id", "=", articleId)
      .where("language", "=", language)
      .executeTakeFirst();
    return r?.path;
  }

  /** Which article of that language already holds this path (now or formerly). */
  async pathOwner(language: string, path: string): Promise<number | undefined> {
    const r = await this.tx
      .selectFrom("edition_paths")
      .select("article_id")
      .where("language", "=", language)
      .where("path", "=", path)
      .executeTakeFirst();
    return r?.article_id;
  }

  /** Writes an edition (insert or replace) and remembers its path. */
  async save(e: NewEdition): Promise<void> {
    const { article_id, language, ...rest } = e;
    await this.tx
      .insertInto("editions")
      .values(e)
      .onConflict((oc) => oc.columns(["article_id", "language"]).doUpdateSet(rest))
      .execute();
    if (e.path) {
      await this.tx
        .insertInto("edition_paths")
        .values({ language, path: e.path, article_id })
        .onConflict((oc) => oc.columns(["language", "path"]).doNothing())
        .execute();
    }
  }

  /** Replaces every unit of the edition. */
  async replaceUnits(articleId: number, language: string, rows: UnitRow[]): Promise<void> {
    await this.tx
      .deleteFrom("translation_units")
      .where("article_id", "=", articleId)
      .where("language", "=", language)
      .execute();
    for (let i = 0; i < rows.length; i += 200) {
      await this.tx
        .insertInto("translation_units")
        .values(rows.slice(i, i + 200))
        .execute();
    }
  }

  /** An editor's correction; clears a review flag on that unit. */
  async setHuman(key: UnitKey, html: string, by: string, at: number): Promise<boolean> {
    const r = await this.tx
      .updateTable("translation_units")
      .set({
        human_html: html,
        human_by: by,
        human_at: at,
        review: 0,
        review_human_html: null,
        review_source_html: null,
      })
      .where("article_id", "=", key.articleId)
      .where("language", "=", key.language)
      .where("position", "=", key.position)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }
}
