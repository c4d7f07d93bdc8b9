// Preview following and deletion probing, wired once: one polite PreviewClient (the site's
// address in its User-Agent, one request at a time at least the configured interval apart), the media
// downloader over it, the follower, the prober and the schedule `serve` runs.

import type { IngestService } from "../../ingest/ingest-service.js";
import { LiveMediaResolver } from "../../ingest/live-media-resolver.js";
import type { MediaStore } from "../../media/media-store.js";
import type { ChangeBus } from "../../shared/change-bus.js";
import type { Clock } from "../../shared/clock.js";
import type { Logger } from "../../shared/logger.js";
import type { ArticleStore } from "../../store/articles.js";
import type { FollowStore } from "../../store/follow-store.js";
import type { StateStore } from "../../store/state.js";
import { PreviewClient } from "../../telegram/preview/client.js";
import { DeletionProber } from "./deletion-prober.js";
import { PreviewFollower } from "./follower.js";
import { FollowScheduler } from "./scheduler.js";

export interface FollowSync {
  client: PreviewClient;
  store: FollowStore;
  follower: PreviewFollower;
  prober: DeletionProber;
  scheduler: FollowScheduler;
}

export interface FollowDeps {
  settings: {
    /** The public preview's address (DATELINE_PREVIEW_BASE_URL). */
    previewBaseUrl: string;
    previewMinIntervalMs: number;
    intervalSeconds: number;
    /** Named in the client's User-Agent, so channel owners can see who reads. */
    siteUrl?: string | undefined;
  };
  store: FollowStore;
  clock: Clock;
  log: Logger;
  bus: ChangeBus;
  articles: ArticleStore;
  state: StateStore;
  media: MediaStore;
  ingest: IngestService;
}

export interface FollowSyncOptions {
  /** A client of one's own (tests: virtual time); by default one built from the configuration. */
  client?: PreviewClient;
  fetch?: typeof fetch;
  /** Pause between media download attempts (tests). */
  mediaRetrySleep?: (ms: number) => Promise<void>;
}

export function createFollowSync(s: FollowDeps, opts: FollowSyncOptions = {}): FollowSync {
  const client =
    opts.client ??
    new PreviewClient({
      baseUrl: s.settings.previewBaseUrl,
      minIntervalMs: s.settings.previewMinIntervalMs,
      ...(s.settings.siteUrl ? { siteUrl: s.settings.siteUrl } : {}),
      ...(opts.fetch ? { fetch: opts.fetch } : {}),
    });
  const store = s.store;
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
    intervalMs: s.settings.intervalSeconds * 1000,
  });
  return { client, store, follower, prober, scheduler };
}
