// Channel glossaries, and the copies kept at providers that have their own (DeepL). The only module that
// reads or writes glossary_terms and provider_glossaries.
import type { Selectable } from "kysely";
import type { Db } from "../../db/connect.js";
import type { Database } from "../../db/tables/index.js";
import type { Clock } from "../../shared/clock.js";

export type GlossaryTermRow = Selectable<Database["glossary_terms"]>;
export type ProviderGlossaryRow = Selectable<Database["provider_glossaries"]>;

/** A term and its rendering (the shape of translation's GlossaryEntry). */
export interface GlossaryPair {
  source: string;
  target: string;
}

export class GlossaryStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async list(channelId: number, language?: string): Promise<GlossaryTermRow[]> {
    let q = this.db.kysely.selectFrom("glossary_terms").selectAll().where("channel_id", "=", channelId);
    if (language !== undefined) q = q.where("language", "=", language);
    return q.orderBy("language").orderBy("source_term").execute();
  }

  async entries(channelId: number, language: string): Promise<GlossaryPair[]> {
    const rows = await this.list(channelId, language);
    return rows.map((r) => ({ source: r.source_term, target: r.target_term }));
  }

  /** Adds or changes a term; returns what it was before (null when new). */
  async put(channelId: number, language: string, source: string, target: string): Promise<string | null> {
    return this.db.kysely.transaction().execute(async (tx) => {
      const before = await tx
        .selectFrom("glossary_terms")
        .select("target_term")
        .where("channel_id", "=", channelId)
        .where("language", "=", language)
        .where("source_term", "=", source)
        .executeTakeFirst();
      if (before) {
        await tx
          .updateTable("glossary_terms")
          .set({ target_term: target })
          .where("channel_id", "=", channelId)
          .where("language", "=", language)
          .where("source_term", "=", source)
          .execute();
      } else {
        await tx
          .insertInto("glossary_terms")
          .values({
            channel_id: channelId,
            language,
            source_term: source,
            target_term: target,
            created_at: this.clock.now(),
          })
          .execute();
      }
      return before?.target_term ?? null;
    });
  }

  async remove(channelId: number, language: string, source: string): Promise<boolean> {
    const r = await this.db.kysely
      .deleteFrom("glossary_terms")
      .where("channel_id", "=", channelId)
      .where("language", "=", language)
      .where("source_term", "=", source)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async providerGlossary(
    provider: string,
    channelId: number,
    source: string,
    target: string,
  ): Promise<ProviderGlossaryRow | undefined> {
    return this.db.kysely
      .selectFrom("provider_glossaries")
      .selectAll()
      .where("provider", "=", provider)
      .where("channel_id", "=", channelId)
      .where("source_language", "=", source)
      .where("target_language", "=", target)
      .executeTakeFirst();
  }

  async saveProviderGlossary(row: Omit<ProviderGlossaryRow, "created_at">): Promise<void> {
    const values = { ...row, created_at: this.clock.now() };
    await this.db.kysely
      .insertInto("provider_glossaries")
      .values(values)
      .onConflict((oc) =>
        oc.columns(["provider", "channel_id", "source_language", "target_language"]).doUpdateSet({
          glossary_id: row.glossary_id,
          entries_hash: row.entries_hash,
          created_at: values.created_at,
        }),
      )
      .execute();
  }
}
