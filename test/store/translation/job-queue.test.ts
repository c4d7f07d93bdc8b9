// The durable queue on both databases: leases, versions, retries, survival of a crashed worker.
import { beforeAll, expect, it } from "vitest";
import { JobQueue, PRIORITY_BACKFILL, PRIORITY_LIVE } from "../../../src/store/translation/job-queue.js";
import { describeEachDatabase } from "../../helpers/databases.js";

describeEachDatabase("translation job queue", (getDb) => {
  let q: JobQueue;
  const T = 1_000_000;
  beforeAll(() => {
    q = new JobQueue(getDb().db);
  });

  it("claims due jobs once, live ones before the back catalogue", async () => {
    await q.enqueue([{ articleId: 1, language: "en" }], PRIORITY_BACKFILL, T);
    await q.enqueue(
      [
        { articleId: 2, language: "en" },
        { articleId: 2, language: "fr" },
      ],
      PRIORITY_LIVE,
      T,
    );
    const first = await q.claim(T, 2, 600);
    expect(first.map((j) => [j.articleId, j.language])).toEqual([
      [2, "en"],
      [2, "fr"],
    ]);
    expect(await q.claim(T, 10, 600)).toEqual([{ articleId: 1, language: "en", version: 1, attempts: 0 }]);
    expect(await q.claim(T, 10, 600)).toEqual([]);
    expect(await q.counts()).toMatchObject({ running: 3, pending: 0 });
  });

  it("takes a job again when its worker's lease ran out (a crash)", async () => {
    expect(await q.claim(T + 599, 10, 600)).toEqual([]);
    const again = await q.claim(T + 600, 10, 600);
    expect(again).toHaveLength(3);
    for (const j of again) await q.complete(j, T + 601);
    expect(await q.counts()).toMatchObject({ done: 3, running: 0 });
  });

  it("runs a job once more when the article changed while it was being translated", async () => {
    await q.enqueue([{ articleId: 3, language: "en" }], PRIORITY_LIVE, T);
    const [job] = await q.claim(T, 1, 600);
    await q.enqueue([{ articleId: 3, language: "en" }], PRIORITY_LIVE, T + 1);
    await q.complete(job!, T + 2);
    const next = await q.claim(T + 2, 5, 600);
    expect(next).toEqual([{ articleId: 3, language: "en", version: 2, attempts: 0 }]);
    await q.complete(next[0]!, T + 3);
  });

  it("puts a failed job back with its error and due time, counts attempts, and can fail it for good", async () => {
    await q.enqueue([{ articleId: 4, language: "en" }], PRIORITY_LIVE, T);
    const [job] = await q.claim(T, 1, 600);
    await q.retry(job!, T, T + 60, "libretranslate answered 503", true);
    expect(await q.nextDue()).toBe(T + 60);
    expect(await q.claim(T + 59, 5, 600)).toEqual([]);
    const [again] = await q.claim(T + 60, 5, 600);
    expect(again?.attempts).toBe(1);
    await q.fail(again!, T + 61, "rejected");
    expect(await q.counts()).toMatchObject({ failed: 1 });
    expect((await q.recentErrors(1))[0]).toEqual({
      articleId: 4,
      language: "en",
      error: "rejected",
      status: "failed",
    });
    // Enqueued again (an edit, a backfill), it starts afresh.
    await q.enqueue([{ articleId: 4, language: "en" }], PRIORITY_BACKFILL, T + 70);
    expect(await q.claim(T + 70, 5, 600)).toEqual([
      { articleId: 4, language: "en", version: 2, attempts: 0 },
    ]);
  });
});
