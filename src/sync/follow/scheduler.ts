// The schedule inside `serve`: at start (catch-up after downtime) and then every interval, each followed
// channel is polled, and each probed channel gets a round of deletion probes. One channel failing does not
// stop the others; t.me asking us to slow down (429 beyond what the client waits out) ends the round and
// pushes the next one back by what it asked.
import { setTimeout as delay } from "node:timers/promises";
import type { ChannelRow } from "../../db/tables/index.js";
import { describeError } from "../../shared/errors.js";
import type { Logger } from "../../shared/logger.js";
import type { FollowStore } from "../../store/follow-store.js";
import { isChannelUsername } from "../../telegram/preview/channel-name.js";
import { PreviewHttpError, PreviewUnavailableError } from "../../telegram/preview/errors.js";
import type { DeletionProber } from "./deletion-prober.js";
import type { PreviewFollower } from "./follower.js";

const HTTP_TOO_MANY_REQUESTS = 429;
/** When a 429 names no wait. */
const DEFAULT_RETRY_AFTER_S = 600;

export interface FollowSchedulerDeps {
  follower: Pick<PreviewFollower, "poll" | "recover" | "coveredFrom">;
  prober: Pick<DeletionProber, "probeRound">;
  store: Pick<FollowStore, "followedChannels" | "probedChannels">;
  log: Logger;
  /** Between rounds; 0 turns the schedule off. */
  intervalMs: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

class SlowDown extends Error {
  constructor(readonly waitMs: number) {
    super("t.me asked to slow down");
  }
}

export class FollowScheduler {
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;

  constructor(private readonly deps: FollowSchedulerDeps) {}

  get enabled(): boolean {
    return this.deps.intervalMs > 0;
  }

  /** Starts the rounds in the background; the first runs at once. */
  start(): void {
    if (this.running || !this.enabled) return;
    this.running = this.loop();
  }

  /** Stops after the request in flight; resolves when the loop has ended. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  /** One round; returns the pause before the next one. */
  async round(): Promise<number> {
    try {
      for (const channel of usable(await this.deps.store.followedChannels())) {
        if (this.stopping.signal.aborted) break;
        await this.guard(channel, "poll", async () => {
          const c = await this.deps.follower.poll(channel);
          if (c.created + c.updated + c.deleted + c.itemsRemoved > 0)
            this.deps.log.info("preview read", { channel: channel.username, ...c });
        });
      }
      for (const channel of usable(await this.deps.store.probedChannels())) {
        if (this.stopping.signal.aborted) break;
        await this.guard(channel, "deletion probe", async () => {
          await this.deps.prober.probeRound(channel, this.deps.follower.coveredFrom(channel.id));
        });
      }
    } catch (e) {
      if (e instanceof SlowDown) {
        this.deps.log.warn("t.me asked to slow down: next round delayed", { waitMs: e.waitMs });
        return Math.max(this.deps.intervalMs, e.waitMs);
      }
      this.deps.log.error("follow round failed", { error: describeError(e) });
    }
    return this.deps.intervalMs;
  }

  private async loop(): Promise<void> {
    const sleep = this.deps.sleep ?? abortableSleep;
    const signal = this.stopping.signal;
    try {
      await this.deps.follower.recover();
    } catch (e) {
      this.deps.log.error("held preview albums could not be published", { error: describeError(e) });
    }
    while (!signal.aborted) {
      const wait = await this.round();
      if (signal.aborted) break;
      await sleep(wait, signal);
    }
  }

  /** Runs one channel's task; a 429 ends the round, anything else is logged and the round goes on. */
  private async guard(channel: ChannelRow, what: string, task: () => Promise<void>): Promise<void> {
    try {
      await task();
    } catch (e) {
      if (e instanceof PreviewHttpError && e.httpStatus === HTTP_TOO_MANY_REQUESTS) {
        throw new SlowDown((e.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_S) * 1000);
      }
      const level = e instanceof PreviewUnavailableError ? "warn" : "error";
      this.deps.log[level](`${what} failed`, { channel: channel.username, error: describeError(e) });
    }
  }
}

/** Only channels with a public username have a preview to read or embeds to probe. */
function usable(channels: ChannelRow[]): ChannelRow[] {
  return channels.filter((c) => isChannelUsername(c.username));
}

async function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await delay(ms, undefined, { signal });
  } catch {
    // aborted: stopping
  }
}
