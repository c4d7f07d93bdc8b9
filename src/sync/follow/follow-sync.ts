// Preview following and deletion probing, wired from the services: one polite PreviewClient (the site's
// address in its User-Agent, one request at a time at least the configured interval apart), the media
// downloader over it, the follower, the prober and the schedule `serve` runs.
import { LiveMediaResolver } from "../../ingest/live-media-resolver.js";
import type { Services } from "../../services.js";
import { PreviewClient } from "../../telegram/preview/client.js";
import { DeletionProber } from "./deletion-prober.js";
import { FollowStore } from "./follow-store.js";
import { PreviewFollower } from "./follower.js";
import { FollowScheduler } from "./scheduler.js";

export interface FollowSync {
  client: PreviewClient;
  store: FollowStore;
  follower: PreviewFollower;
  prober: DeletionProber;
  scheduler: FollowScheduler;
}

export type FollowServices = Pick<
  Services,
  "config" | "db" | "clock" | "log" | "bus" | "articles" | "state" | "media" | "ingest"
>;

export interface FollowSyncOptions {
  /** A client of one's own (tests: virtual time); by default one built from the configuration. */
  client?: PreviewClient;
  fetch?: typeof fetch;
  /** Pause between media download attempts (tests). */
  mediaRetrySleep?: (ms: number) => Promise<void>;
}

export function createFollowSync(s: FollowServices, opts: FollowSyncOptions = {}): FollowSync {
  const client =
    opts.client ??
    new PreviewClient({
      baseUrl: s.config.previewBaseUrl,
      minIntervalMs: s.config.follow.previewMinIntervalMs,
      ...(s.config.siteUrl ? { siteUrl: s.config.siteUrl } : {}),
      ...(opts.fetch ? { fetch: opts.fetch } : {}),
    });
  const store = new FollowStore(s.db);
  // An undefined sleep leaves the resolver its own (a default parameter).
  const media = new LiveMediaResolver(
    s.media,
    { url: (url) => client.downloadMedia(url) },
    s.log,
    opts.mediaRetrySleep,
  );
  const prober = new DeletionProber({
    client,
    store,
    articles: s.articles,
    ingest: s.ingest,
    bus: s.bus,
    state: s.state,
    clock: s.clock,
    log: s.log,
  });
  const follower = new PreviewFollower({
    client,
    ingest: s.ingest,
    store,
    state: s.state,
    media,
    prober,
    log: s.log,
  });
  const scheduler = new FollowScheduler({
    follower,
    prober,
    store,
    log: s.log,
    intervalMs: s.config.follow.intervalSeconds * 1000,
  });
  return { client, store, follower, prober, scheduler };
}
