// Long polling (getUpdates) for sites without public HTTPS. The offset is stored and advanced only after
// an update is stored, so a crash or restart re-reads what was not yet handled and loses nothing.
import { describeError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import type { StateStore } from "../store/state.js";
import type { BotClient } from "../telegram/bot/bot-client.js";
import { parseUpdate } from "../telegram/bot/parse-update.js";
import type { UpdateHandler } from "./update-handler.js";

export const OFFSET_KEY = "telegram.offset";
const BACKOFF_MS = [1000, 2000, 5000, 10_000, 30_000];

export interface PollerDeps {
  bot: Pick<BotClient, "getUpdates">;
  handler: UpdateHandler;
  state: StateStore;
  log: Logger;
  sleep?: (ms: number) => Promise<void>;
}

export class Poller {
  private failures = 0;

  constructor(private readonly deps: PollerDeps) {}

  /** One getUpdates round; returns how many updates were handled. */
  async pollOnce(signal?: AbortSignal): Promise<number> {
    const offset = Number((await this.deps.state.get(OFFSET_KEY)) ?? "0");
    const updates = await this.deps.bot.getUpdates(offset, signal);
    for (const raw of updates) {
      const parsed = parseUpdate(raw);
      if (parsed.ok) await this.deps.handler.handle(parsed);
      else
        this.deps.log.warn("polling: malformed update skipped", {
          update: raw.update_id,
          error: parsed.error,
        });
      // Confirm it (Bot API: offset = update_id + 1) only now that it is stored.
      await this.deps.state.set(OFFSET_KEY, String(raw.update_id + 1));
    }
    return updates.length;
  }

  /** Polls until the signal aborts, backing off on errors. */
  async run(signal: AbortSignal): Promise<void> {
    const sleep = this.deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    this.deps.log.info("polling Telegram for channel posts");
    while (!signal.aborted) {
      try {
        await this.pollOnce(signal);
        this.failures = 0;
      } catch (e) {
        if (signal.aborted) break;
        const wait = BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length - 1)]!;
        this.failures++;
        this.deps.log.warn("polling failed; retrying", { error: describeError(e), retryInMs: wait });
        await sleep(wait);
      }
    }
  }
}
