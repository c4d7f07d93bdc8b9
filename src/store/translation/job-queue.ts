// The durable translation queue: one row per (article, language) in the database, so queued work survives
// restarts and is shared by every process on the same database. Claims are leases: a worker that dies
// mid-job leaves a lease that expires, and the job is taken again. Enqueueing bumps a version, so a change
// that arrives while the article is being translated makes the job run once more afterwards.
import { sql } from "kysely";
import type { Db } from "../../db/connect.js";
import type { Database } from "../../db/tables/index.js";

export type JobStatus = Database["translation_jobs"]["status"];

export interface Job {
  articleId: number;
  language: string;
  version: number;
  attempts: number;
}

export const PRIORITY_LIVE = 0;
export const PRIORITY_BACKFILL = 1;

const CHUNK = 200;

export class JobQueue {
  constructor(private readonly db: Db) {}

  async enqueue(
    items: { articleId: number; language: string }[],
    priority: number,
    now: number,
  ): Promise<void> {
    for (let i = 0; i < items.length; i += CHUNK) {
      await this.db.kysely
        .insertInto("translation_jobs")
        .values(
          items.slice(i, i + CHUNK).map((j) => ({
            article_id: j.articleId,
            language: j.language,
            status: "pending" as const,
            priority,
            version: 1,
            attempts: 0,
            run_after: now,
            locked_until: 0,
            last_error: null,
            created_at: now,
            updated_at: now,
          })),
        )
        .onConflict((oc) =>
          oc.columns(["article_id", "language"]).doUpdateSet({
            status: "pending",
            version: sql`translation_jobs.version + 1`,
            attempts: 0,
            run_after: now,
            last_error: null,
            updated_at: now,
            // A live change outranks the back catalogue; a finished job takes the new priority.
            priority: sql`case when translation_jobs.status in ('done', 'failed') or excluded.priority < translation_jobs.priority then excluded.priority else translation_jobs.priority end`,
          }),
        )
        .execute();
    }
  }

  /** Takes up to `limit` due jobs, leasing each for `leaseSeconds`. */
  async claim(now: number, limit: number, leaseSeconds: number, language?: string): Promise<Job[]> {
    let q = this.db.kysely
      .selectFrom("translation_jobs")
      .select(["article_id", "language", "version", "attempts"])
      .where((eb) =>
        eb.or([
          eb.and([eb("status", "=", "pending"), eb("run_after", "<=", now)]),
          eb.and([eb("status", "=", "running"), eb("locked_until", "<=", now)]),
        ]),
      );
    if (language !== undefined) q = q.where("language", "=", language);
    const candidates = await q
      .orderBy("priority")
      .orderBy("run_after")
      .orderBy("article_id")
      .limit(limit)
      .execute();
    const claimed: Job[] = [];
    for (const c of candidates) {
      // Only one claimant wins: the row must still be as it was read.
      const r = await this.db.kysely
        .updateTable("translation_jobs")
        .set({ status: "running", locked_until: now + leaseSeconds, updated_at: now })
        .where("article_id", "=", c.article_id)
        .where("language", "=", c.language)
        .where("version", "=", c.version)
        .where((eb) =>
          eb.or([
            eb.and([eb("status", "=", "pending"), eb("run_after", "<=", now)]),
            eb.and([eb("status", "=", "running"), eb("locked_until", "<=", now)]),
          ]),
        )
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 1)
        claimed.push({
          articleId: c.article_id,
          language: c.language,
          version: c.version,
          attempts: c.attempts,
        });
    }
    return claimed;
  }

  async complete(job: Job, now: number): Promise<void> {
    await this.finish(job, {
      status: "done",
      attempts: 0,
      last_error: null,
      locked_until: 0,
      updated_at: now,
    });
  }

  async retry(job: Job, now: number, runAfter: number, error: string, countAttempt: boolean): Promise<void> {
    await this.finish(job, {
      status: "pending",
      attempts: countAttempt ? job.attempts + 1 : job.attempts,
      run_after: runAfter,
      last_error: error,
      locked_until: 0,
      updated_at: now,
    });
  }

  async fail(job: Job, now: number, error: string): Promise<void> {
    await this.finish(job, {
      status: "failed",
      attempts: job.attempts + 1,
      last_error: error,
      locked_until: 0,
      updated_at: now,
    });
  }

  private async finish(
    job: Job,
    set: {
      status: JobStatus;
      attempts: number;
      last_error: string | null;
      locked_until: number;
      updated_at: number;
      run_after?: number;
    },
  ): Promise<void> {
    // A job re-armed while it ran (newer version) stays pending for its next run.
    await this.db.kysely
      .updateTable("translation_jobs")
      .set(set)
      .where("article_id", "=", job.articleId)
      .where("language", "=", job.language)
      .where("version", "=", job.version)
      .execute();
  }

  /** When the next pending job falls due, or null when none is pending. */
  async nextDue(language?: string): Promise<number | null> {
    let q = this.db.kysely
      .selectFrom("translation_jobs")
      .select((eb) => eb.fn.min("run_after").as("t"))
      .where("status", "=", "pending");
    if (language !== undefined) q = q.where("language", "=", language);
    const r = await q.executeTakeFirst();
    return r?.t === null || r?.t === undefined ? null : Number(r.t);
  }

  async counts(language?: string): Promise<Record<JobStatus, number>> {
    let q = this.db.kysely
      .selectFrom("translation_jobs")
      .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("status");
    if (language !== undefined) q = q.where("language", "=", language);
    const out: Record<JobStatus, number> = { pending: 0, running: 0, done: 0, failed: 0 };
    for (const r of await q.execute()) out[r.status] = Number(r.n);
    return out;
  }

  /** The most recent errors of jobs not done, for `translate stats`. */
  async recentErrors(
    limit: number,
  ): Promise<{ articleId: number; language: string; error: string; status: JobStatus }[]> {
    const rows = await this.db.kysely
      .selectFrom("translation_jobs")
      .select(["article_id", "language", "last_error", "status"])
      .where("last_error", "is not", null)
      .where("status", "!=", "done")
      .orderBy("updated_at", "desc")
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      articleId: r.article_id,
      language: r.language,
      error: r.last_error ?? "",
      status: r.status,
    }));
  }
}
