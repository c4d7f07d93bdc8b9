// Feeds the queue from the change bus: every article created, edited or restored in a channel with
// editions gets a job per edition language. Runs after the ingest transaction commits; it only inserts
// queue rows and never throws, so ingestion is never slowed by translation nor failed by it.
import type { ChangeListener } from "../ingest/change-bus.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { EditionLanguageStore } from "./store/edition-languages.js";
import { type JobQueue, PRIORITY_LIVE } from "./store/job-queue.js";

export function enqueueOnChange(deps: {
  languages: EditionLanguageStore;
  queue: JobQueue;
  clock: Clock;
  log: Logger;
  wake: () => void;
}): ChangeListener {
  return async (e) => {
    if (e.kind === "channel" || e.articleIds.length === 0) return;
    try {
      const languages = await deps.languages.forChannel(e.channelId);
      if (languages.length === 0) return;
      const jobs = e.articleIds.flatMap((articleId) =>
        languages.map((language) => ({ articleId, language })),
      );
      await deps.queue.enqueue(jobs, PRIORITY_LIVE, deps.clock.now());
      deps.wake();
    } catch (err) {
      // The article is online either way; `translate backfill` catches up what was missed.
      deps.log.error("could not queue translations", {
        channel: e.channelId,
        articles: e.articleIds.length,
        error: err,
      });
    }
  };
}
