// The worker's retry policy with a scripted job runner: outages retried with backoff and a pause,
// rejections given up after MAX_ATTEMPTS, Retry-After honoured.
import { beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/shared/logger.js";
import { type Job, JobQueue, PRIORITY_LIVE } from "../../src/store/translation/job-queue.js";
import { BACKOFF_MAX_SECONDS, backoffSeconds } from "../../src/translation/backoff.js";
import { TranslatorError } from "../../src/translation/providers/translator-error.js";
import type { Outcome } from "../../src/translation/translate-article.js";
import { MAX_ATTEMPTS, TranslationWorker } from "../../src/translation/worker.js";
import { describeEachDatabase } from "../helpers/databases.js";
import { TestClock } from "../helpers/services.js";

describe("backoff", () => {
  it("doubles from 30 s, with jitter in the upper half, up to an hour", () => {
    expect(backoffSeconds(1, 0)).toBe(15);
    expect(backoffSeconds(1, 0.999)).toBe(30);
    expect(backoffSeconds(3, 0)).toBe(60);
    expect(backoffSeconds(30, 0)).toBe(BACKOFF_MAX_SECONDS / 2);
    expect(backoffSeconds(30, 0.999)).toBeLessThanOrEqual(BACKOFF_MAX_SECONDS);
  });
});

describeEachDatabase("translation worker", (getDb) => {
  let queue: JobQueue;
  const clock = new TestClock(2_000_000);
  let script: (job: Job) => Promise<Outcome>;
  let worker: TranslationWorker;
  const ok: Outcome = { kind: "original" };

  beforeAll(() => {
    queue = new JobQueue(getDb().db);
    worker = new TranslationWorker({
      queue,
      clock,
      log: silentLogger,
      run: (j) => script(j),
      random: () => 0,
    });
  });

  it("pauses on an outage, keeping every job, and resumes when it is due", async () => {
    await queue.enqueue(
      [1, 2, 3].map((articleId) => ({ articleId, language: "en" })),
      PRIORITY_LIVE,
      clock.t,
    );
    let calls = 0;
    script = async () => {
      calls++;
      throw new TranslatorError("deepl", "unavailable", "deepl answered 503");
    };
    expect(await worker.runOnce()).toMatchObject({ retried: 1, paused: true });
    expect(calls).toBe(1);
    expect(await queue.counts()).toMatchObject({ pending: 3, running: 0 });
    expect(await worker.runOnce()).toMatchObject({ paused: true, retried: 0 });
    clock.t += 15;
    script = async () => ok;
    expect(await worker.drain()).toMatchObject({ done: 3, paused: false });
  });

  it("waits as long as a rate limit asks", async () => {
    await queue.enqueue([{ articleId: 4, language: "en" }], PRIORITY_LIVE, clock.t);
    script = async () => {
      throw new TranslatorError("openai", "rate_limited", "openai answered 429", {
        status: 429,
        retryAfterSeconds: 900,
      });
    };
    await worker.runOnce();
    expect(await queue.nextDue()).toBe(clock.t + 900);
    clock.t += 900;
    script = async () => ok;
    expect((await worker.drain()).done).toBe(1);
  });

  it("gives a rejected job up after MAX_ATTEMPTS, without pausing the others", async () => {
    await queue.enqueue([{ articleId: 5, language: "en" }], PRIORITY_LIVE, clock.t);
    script = async () => {
      throw new TranslatorError("libretranslate", "rejected", "libretranslate answered 400: bad");
    };
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const r = await worker.runOnce();
      expect(r.paused).toBe(false);
      clock.t += BACKOFF_MAX_SECONDS;
    }
    expect(await queue.counts()).toMatchObject({ failed: 1, pending: 0 });
  });

  it("runs in the background until stopped, and wakes up for new work", async () => {
    let runs = 0;
    script = async () => {
      runs++;
      return ok;
    };
    await queue.enqueue([{ articleId: 6, language: "en" }], PRIORITY_LIVE, clock.t);
    const loop = worker.start();
    const until = async (n: number) => {
      for (let i = 0; i < 100 && runs < n; i++) await new Promise((r) => setTimeout(r, 20));
    };
    await until(1);
    expect(runs).toBe(1);
    await queue.enqueue([{ articleId: 7, language: "en" }], PRIORITY_LIVE, clock.t);
    worker.wake();
    await until(2);
    expect(runs).toBe(2);
    await loop.stop();
    expect(await queue.counts()).toMatchObject({ pending: 0, running: 0 });
  });
});
