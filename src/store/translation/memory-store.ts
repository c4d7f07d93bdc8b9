// Translation memory and usage counts. The only module that touches translation_memory and
// translation_usage.
import { sql } from "kysely";
import type { Db } from "../../db/connect.js";

export interface MemoryEntry {
  key: string;
  source_language: string;
  target_language: string;
  provider: string;
  target_wire: string;
  characters: number;
}

export interface UsageSummary {
  provider: string;
  requests: number;
  characters: number;
  /** Of which in the last 30 days (by UTC day). */
  recentRequests: number;
  recentCharacters: number;
}

/** The pseudo-provider under which reuses of the memory are counted. */
export const MEMORY_PROVIDER = "memory";

export class MemoryStore {
  constructor(private readonly db: Db) {}

  async get(keys: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await this.db.kysely
        .selectFrom("translation_memory")
        .select(["key", "target_wire"])
        .where("key", "in", keys.slice(i, i + 500))
        .execute();
      for (const r of rows) out.set(r.key, r.target_wire);
    }
    return out;
  }

  async put(entries: MemoryEntry[], now: number): Promise<void> {
    for (let i = 0; i < entries.length; i += 200) {
      await this.db.kysely
        .insertInto("translation_memory")
        .values(entries.slice(i, i + 200).map((e) => ({ ...e, created_at: now })))
        .onConflict((oc) => oc.column("key").doNothing())
        .execute();
    }
  }

  async addUsage(provider: string, day: string, requests: number, characters: number): Promise<void> {
    await this.db.kysely
      .insertInto("translation_usage")
      .values({ provider, day, requests, characters })
      .onConflict((oc) =>
        oc.columns(["provider", "day"]).doUpdateSet({
          requests: sql`translation_usage.requests + excluded.requests`,
          characters: sql`translation_usage.characters + excluded.characters`,
        }),
      )
      .execute();
  }

  async usage(sinceDay: string): Promise<UsageSummary[]> {
    const rows = await this.db.kysely
      .selectFrom("translation_usage")
      .select(["provider", "day", "requests", "characters"])
      .orderBy("provider")
      .execute();
    const by = new Map<string, UsageSummary>();
    for (const r of rows) {
      const s = by.get(r.provider) ?? {
        provider: r.provider,
        requests: 0,
        characters: 0,
        recentRequests: 0,
        recentCharacters: 0,
      };
      s.requests += Number(r.requests);
      s.characters += Number(r.characters);
      if (r.day >= sinceDay) {
        s.recentRequests += Number(r.requests);
        s.recentCharacters += Number(r.characters);
      }
      by.set(r.provider, s);
    }
    return [...by.values()];
  }

  async size(): Promise<number> {
    const r = await this.db.kysely
      .selectFrom("translation_memory")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
