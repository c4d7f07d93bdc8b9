// Which languages each channel is published in besides its own. The only module that reads or writes
// the edition_languages table.
import type { Db } from "../../db/connect.js";
import type { Clock } from "../../shared/clock.js";

export class EditionLanguageStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async forChannel(channelId: number): Promise<string[]> {
    const rows = await this.db.kysely
      .selectFrom("edition_languages")
      .select("language")
      .where("channel_id", "=", channelId)
      .orderBy("language")
      .execute();
    return rows.map((r) => r.language);
  }

  /** Every channel's languages, by channel id. */
  async byChannel(): Promise<Map<number, string[]>> {
    const rows = await this.db.kysely
      .selectFrom("edition_languages")
      .select(["channel_id", "language"])
      .orderBy("language")
      .execute();
    const out = new Map<number, string[]>();
    for (const r of rows) out.set(r.channel_id, [...(out.get(r.channel_id) ?? []), r.language]);
    return out;
  }

  /** Languages any channel is published in. */
  async all(): Promise<string[]> {
    const rows = await this.db.kysely
      .selectFrom("edition_languages")
      .select("language")
      .distinct()
      .orderBy("language")
      .execute();
    return rows.map((r) => r.language);
  }

  async channelsWith(language: string): Promise<number[]> {
    const rows = await this.db.kysely
      .selectFrom("edition_languages")
      .select("channel_id")
      .where("language", "=", language)
      .execute();
    return rows.map((r) => r.channel_id);
  }

  /** Replaces the channel's languages; returns those added. */
  async set(channelId: number, languages: string[]): Promise<string[]> {
    const now = this.clock.now();
    return this.db.kysely.transaction().execute(async (tx) => {
      const before = new Set(
        (
          await tx
            .selectFrom("edition_languages")
            .select("language")
            .where("channel_id", "=", channelId)
            .execute()
        ).map((r) => r.language),
      );
      await tx.deleteFrom("edition_languages").where("channel_id", "=", channelId).execute();
      if (languages.length > 0) {
        await tx
          .insertInto("edition_languages")
          .values(languages.map((language) => ({ channel_id: channelId, language, created_at: now })))
          .execute();
      }
      return languages.filter((l) => !before.has(l));
    });
  }
}
