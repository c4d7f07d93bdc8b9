// Cross-process cache invalidation. Each process records the changes it makes; each serve instance
// follows the log (a small indexed query per second) and drops the affected pages from its own page cache.
// This keeps a running site correct when a CLI command takes an article down, and when several instances
// share one PostgreSQL.
import { randomBytes } from "node:crypto";
import type { Db } from "../db/connect.js";
import { parseNumberList } from "../db/json-columns.js";
import type { ChangeBus, ChangeEvent } from "../shared/change-bus.js";
import type { Clock } from "../shared/clock.js";
import { describeError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";

/** Past this many ids an event is logged as channel-wide (an import of 100,000 posts is one row). */
const MAX_IDS_PER_ROW = 500;
/** Rows older than this are deleted: a follower that has been away longer starts from a clear cache. */
const KEEP_SECONDS = 24 * 3600;
export const FOLLOW_INTERVAL_MS = 1000;

export class ChangeLog {
  readonly origin = randomBytes(8).toString("hex");

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Records every event of this process's bus. */
  attach(bus: ChangeBus): void {
    bus.subscribe((e) => this.record(e));
  }

  async record(e: ChangeEvent): Promise<void> {
    const wide = e.kind === "channel" || e.articleIds.length > MAX_IDS_PER_ROW;
    await this.db.kysely
      .insertInto("change_log")
      .values({
        at: this.clock.now(),
        origin: this.origin,
        kind: wide ? "channel" : e.kind,
        channel_id: e.channelId,
        article_ids: JSON.stringify(wide ? [] : e.articleIds),
      })
      .execute();
  }

  async latestId(): Promise<number> {
    const r = await this.db.kysely
      .selectFrom("change_log")
      .select((eb) => eb.fn.max("id").as("m"))
      .executeTakeFirst();
    return Number(r?.m ?? 0);
  }

  /** Changes made by other processes after `afterId`. */
  async since(afterId: number): Promise<{ lastId: number; events: ChangeEvent[] }> {
    const rows = await this.db.kysely
      .selectFrom("change_log")
      .selectAll()
      .where("id", ">", afterId)
      .orderBy("id")
      .limit(1000)
      .execute();
    const events = rows
      .filter((r) => r.origin !== this.origin)
      .map((r) => ({
        kind: r.kind as ChangeEvent["kind"],
        channelId: r.channel_id,
        articleIds: parseNumberList(r.article_ids),
      }));
    return { lastId: rows.length ? rows[rows.length - 1]!.id : afterId, events };
  }

  async prune(): Promise<void> {
    await this.db.kysely
      .deleteFrom("change_log")
      .where("at", "<", this.clock.now() - KEEP_SECONDS)
      .execute();
  }
}

/** Follows the log, calling `apply` with other processes' changes. Returns a stop function. */
export function followChangeLog(log: ChangeLog, apply: (e: ChangeEvent) => void, logger: Logger): () => void {
  let last = -1;
  let busy = false;
  let ticks = 0;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      if (last < 0) last = await log.latestId();
      const { lastId, events } = await log.since(last);
      last = lastId;
      for (const e of events) apply(e);
      if (++ticks % 3600 === 0) await log.prune();
    } catch (e) {
      logger.warn("change log: could not read", { error: describeError(e) });
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), FOLLOW_INTERVAL_MS);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
