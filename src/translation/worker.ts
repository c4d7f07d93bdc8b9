// The loop that works the queue inside `dateline serve` (and in the foreground for `translate backfill`).
// Ingestion only enqueues; this runs beside it and never blocks it. A provider outage (network error,
// 5xx, 429) puts the failed job back with exponential backoff and pauses the whole worker until then, so
// the provider is not hammered and every job is caught up once it answers again. Outages are retried
// indefinitely; rejections (bad key, bad request) a few times, then the job is marked failed.
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { Job, JobQueue } from "../store/translation/index.js";
import { BACKOFF_MAX_SECONDS, backoffSeconds, QUOTA_RETRY_SECONDS } from "./backoff.js";
import { isTranslatorError } from "./providers/index.js";
import type { Outcome } from "./translate-article.js";

/** A job that still fails after this many attempts without an outage to blame is given up. */
export const MAX_ATTEMPTS = 5;
/** How long a claimed job is leased: a crashed worker's jobs are taken again after this. */
export const LEASE_SECONDS = 600;
const CLAIM_BATCH = 10;
/** Longest sleep between looks at the queue (another process may have enqueued). */
const IDLE_POLL_MS = 30_000;

export interface WorkerDeps {
  queue: JobQueue;
  run: (job: Job) => Promise<Outcome>;
  clock: Clock;
  log: Logger;
  /** Called after each job's outcome is recorded. */
  onOutcome?: (job: Job, outcome: Outcome | Error) => void | Promise<void>;
  random?: () => number;
}

export interface RoundResult {
  done: number;
  retried: number;
  failed: number;
  /** True when a provider outage paused the worker. */
  paused: boolean;
}

export class TranslationWorker {
  /** No claims before this time (Unix seconds): set by an outage. */
  private pausedUntil = 0;
  private wakeUp: (() => void) | null = null;
  private woken = false;

  constructor(private readonly deps: WorkerDeps) {}

  /** Works the jobs due now, in one pass. */
  async runOnce(opts: { language?: string; limit?: number } = {}): Promise<RoundResult> {
    const result: RoundResult = { done: 0, retried: 0, failed: 0, paused: false };
    const now = this.deps.clock.now();
    if (now < this.pausedUntil) return { ...result, paused: true };
    const jobs = await this.deps.queue.claim(now, opts.limit ?? CLAIM_BATCH, LEASE_SECONDS, opts.language);
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[i]!;
      const outage = await this.work(job, result);
      if (outage !== null) {
        // The rest of the claimed jobs go back untouched, due when the provider should be back.
        for (const rest of jobs.slice(i + 1))
          await this.deps.queue.retry(rest, this.deps.clock.now(), outage, "waiting for the provider", false);
        this.pausedUntil = outage;
        result.paused = true;
        break;
      }
    }
    return result;
  }

  /** Runs one job; returns the time to pause until when the provider is out, else null. */
  private async work(job: Job, result: RoundResult): Promise<number | null> {
    const { queue, clock, log } = this.deps;
    try {
      const outcome = await this.deps.run(job);
      await queue.complete(job, clock.now());
      result.done++;
      await this.deps.onOutcome?.(job, outcome);
      return null;
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      const now = clock.now();
      const attempt = job.attempts + 1;
      const transient = isTranslatorError(error) && error.transient;
      let wait = backoffSeconds(attempt, (this.deps.random ?? Math.random)());
      if (isTranslatorError(error)) {
        if (error.kind === "quota") wait = QUOTA_RETRY_SECONDS;
        const asked = error.opts.retryAfterSeconds;
        if (asked !== undefined) wait = Math.min(Math.max(wait, asked), BACKOFF_MAX_SECONDS * 6);
      }
      const fields = { article: job.articleId, language: job.language, attempt, error: error.message };
      await this.deps.onOutcome?.(job, error);
      if (!transient && attempt >= MAX_ATTEMPTS) {
        log.error("translation failed for good", fields);
        await queue.fail(job, now, error.message);
        result.failed++;
        return null;
      }
      log.warn("translation failed; will retry", { ...fields, retryInSeconds: wait });
      // Outages do not count against the job: it will be done when the provider is back.
      await queue.retry(job, now, now + wait, error.message, !transient);
      result.retried++;
      return transient ? now + wait : null;
    }
  }

  /** Works due jobs until none is left (or only jobs waiting out a backoff). For backfills and tests. */
  async drain(opts: { language?: string; onRound?: () => void | Promise<void> } = {}): Promise<RoundResult> {
    const total: RoundResult = { done: 0, retried: 0, failed: 0, paused: false };
    for (;;) {
      const r = await this.runOnce(opts.language !== undefined ? { language: opts.language } : {});
      total.done += r.done;
      total.retried += r.retried;
      total.failed += r.failed;
      await opts.onRound?.();
      if (r.paused) return { ...total, paused: true };
      if (r.done + r.retried + r.failed === 0) return total;
    }
  }

  /** Ends a pause early (an operator knows the provider is back, or a test moved the clock). */
  resume(): void {
    this.pausedUntil = 0;
  }

  /** Asks a sleeping loop to look at the queue now (something was enqueued in this process). */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** The background loop of `serve`. */
  start(): { stop(): Promise<void> } {
    let stopped = false;
    const loop = (async () => {
      while (!stopped) {
        this.woken = false;
        let r: RoundResult = { done: 0, retried: 0, failed: 0, paused: false };
        try {
          r = await this.runOnce();
        } catch (e) {
          this.deps.log.error("translation worker error", { error: e });
        }
        if (stopped) break;
        if (r.done + r.retried + r.failed > 0 && !r.paused) continue;
        const ms = await this.sleepMs(r.paused).catch(() => IDLE_POLL_MS);
        if (this.woken && !r.paused) continue;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ms);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeUp = null;
      }
    })();
    return {
      stop: async () => {
        stopped = true;
        this.wakeUp?.();
        await loop;
      },
    };
  }

  /** Until the pause ends or the next job falls due, looking again at least every IDLE_POLL_MS. */
  private async sleepMs(paused: boolean): Promise<number> {
    const now = this.deps.clock.now();
    const next = paused ? this.pausedUntil : ((await this.deps.queue.nextDue()) ?? now + IDLE_POLL_MS / 1000);
    return Math.min(Math.max(1, next - now) * 1000, IDLE_POLL_MS);
  }
}
