// Channels and their settings. The only module that reads or writes the channels table.
import type { ChannelSettings } from "../articles/types.js";
import type { Db } from "../db/connect.js";
import { parseStringList } from "../db/json-columns.js";
import type { ChannelRow } from "../db/tables/index.js";
import type { Clock } from "../shared/clock.js";

export interface ChannelPatch {
  title?: string;
  timezone?: string;
  language?: string;
  cta?: string | null;
  stripPatterns?: string[];
  detectedPromo?: string[];
  telegramId?: string | null;
  follow?: boolean;
}

export interface NewChannel {
  username: string;
  title: string;
  timezone: string;
  language: string;
  telegramId?: string | null;
  cta?: string | null;
  stripPatterns?: string[];
}

export function channelSettings(row: ChannelRow): ChannelSettings {
  return {
    username: row.username,
    title: row.title,
    timezone: row.timezone,
    language: row.language,
    cta: row.cta,
    stripPatterns: parseStringList(row.strip_patterns),
    detectedPromoLines: parseStringList(row.detected_promo),
  };
}

export class ChannelStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<ChannelRow[]> {
    return this.db.kysely.selectFrom("channels").selectAll().orderBy("id").execute();
  }

  async byUsername(username: string): Promise<ChannelRow | undefined> {
    return this.db.kysely
      .selectFrom("channels")
      .selectAll()
      .where("username", "=", username.toLowerCase())
      .executeTakeFirst();
  }

  async byTelegramId(telegramId: string): Promise<ChannelRow | undefined> {
    return this.db.kysely
      .selectFrom("channels")
      .selectAll()
      .where("telegram_id", "=", telegramId)
      .executeTakeFirst();
  }

  async byId(id: number): Promise<ChannelRow | undefined> {
    return this.db.kysely.selectFrom("channels").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async create(c: NewChannel): Promise<ChannelRow> {
    const now = this.clock.now();
    return this.db.kysely
      .insertInto("channels")
      .values({
        username: c.username.toLowerCase(),
        title: c.title,
        timezone: c.timezone,
        language: c.language,
        telegram_id: c.telegramId ?? null,
        cta: c.cta ?? null,
        strip_patterns: JSON.stringify(c.stripPatterns ?? []),
        detected_promo: "[]",
        follow: 0,
        last_seen_id: 0,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async update(id: number, p: ChannelPatch): Promise<ChannelRow> {
    return this.db.kysely
      .updateTable("channels")
      .set({
        ...(p.title !== undefined ? { title: p.title } : {}),
        ...(p.timezone !== undefined ? { timezone: p.timezone } : {}),
        ...(p.language !== undefined ? { language: p.language } : {}),
        ...(p.cta !== undefined ? { cta: p.cta } : {}),
        ...(p.stripPatterns !== undefined ? { strip_patterns: JSON.stringify(p.stripPatterns) } : {}),
        ...(p.detectedPromo !== undefined ? { detected_promo: JSON.stringify(p.detectedPromo) } : {}),
        ...(p.telegramId !== undefined ? { telegram_id: p.telegramId } : {}),
        ...(p.follow !== undefined ? { follow: p.follow ? 1 : 0 } : {}),
        updated_at: this.clock.now(),
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}
