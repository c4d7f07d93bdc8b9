// Feeds the queue from the change bus: an article created, edited or restored in a channel with editions
// gets a job per edition language, when it is news (published in the last LIVE_WINDOW_SECONDS) or already
// has that edition (an edit keeps it in step). An imported history is left to `translate backfill`, so
// importing a channel's archive does not spend a translation budget unasked. Runs after the ingest
// transaction commits; it only inserts queue rows and never throws, so ingestion is neither slowed by
// translation nor failed by it.
import type { ChangeListener } from "../shared/change-bus.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import {
  type ArticleScan,
  type EditionLanguageStore,
  type JobQueue,
  PRIORITY_LIVE,
} from "../store/translation/index.js";

/** Posts younger than this when they arrive are translated at once. */
export const LIVE_WINDOW_SECONDS = 3 * 86_400;

export function enqueueOnChange(deps: {
  scan: ArticleScan;
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
      const now = deps.clock.now();
      let queued = 0;
      for (const language of languages) {
        const ids = await deps.scan.worthTranslating(e.articleIds, language, now - LIVE_WINDOW_SECONDS);
        await deps.queue.enqueue(
          ids.map((articleId) => ({ articleId, language })),
          PRIORITY_LIVE,
          now,
        );
        queued += ids.length;
      }
      if (queued > 0) deps.wake();
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
