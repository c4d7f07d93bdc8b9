// Media of live sources, fetched the moment a post arrives: Bot API files (getFile) and the public
// preview's CDN URLs, which expire after about two days. Failed downloads are retried; a file that still
// cannot be had is recorded with its reason and the page links to the post on Telegram instead.
import type { MediaStore } from "../media/media-store.js";
import { describeError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import type { MediaRef } from "../telegram/post.js";
import type { MediaOutcome, MediaResolver } from "./media-resolver.js";

/** Attempts per file, and the pause before each retry. */
export const DOWNLOAD_ATTEMPTS = 3;
const RETRY_DELAYS_MS = [500, 2000];

export interface LiveMediaSources {
  /** Bot API download by file id (BotClient.downloadFile). */
  botFile?: (fileId: string) => Promise<Buffer>;
  /** CDN download (PreviewClient.downloadMedia). */
  url?: (url: string) => Promise<{ bytes: Buffer; mimeType: string }>;
}

export class LiveMediaResolver implements MediaResolver {
  constructor(
    private readonly media: MediaStore,
    private readonly sources: LiveMediaSources,
    private readonly log: Logger,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async store(ref: MediaRef): Promise<MediaOutcome> {
    const src = ref.source;
    if (src.type === "missing") return { missing: src.reason };
    if (src.type === "export") return { missing: "export file outside an import" };
    const hints = {
      ...(ref.mimeType ? { mimeType: ref.mimeType } : {}),
      ...(ref.fileName ? { fileName: ref.fileName } : {}),
      ...(ref.width ? { width: ref.width } : {}),
      ...(ref.height ? { height: ref.height } : {}),
    };
    let lastError = "";
    for (let attempt = 0; attempt < DOWNLOAD_ATTEMPTS; attempt++) {
      if (attempt > 0) await this.sleep(RETRY_DELAYS_MS[attempt - 1] ?? 2000);
      try {
        if (src.type === "bot") {
          if (!this.sources.botFile) return { missing: "no Bot API token configured" };
          const bytes = await this.sources.botFile(src.fileId);
          return { stored: await this.media.putBytes(bytes, hints) };
        }
        if (!this.sources.url) return { missing: "no preview client configured" };
        const got = await this.sources.url(src.url);
        return {
          stored: await this.media.putBytes(got.bytes, { ...hints, mimeType: ref.mimeType ?? got.mimeType }),
        };
      } catch (e) {
        lastError = describeError(e);
        if (/20 MB/.test(lastError)) return { missing: lastError };
      }
    }
    this.log.warn("media download failed", { kind: ref.kind, reason: lastError });
    return { missing: `download failed: ${lastError}` };
  }
}
