import path from "node:path";
import type { MediaStore, StoredMedia } from "../media/media-store.js";
import type { MediaRef } from "../telegram/post.js";

export type MediaOutcome = { stored: StoredMedia } | { missing: string };

/** Gets the bytes of a media item into the media store, from wherever its source says they are. */
export interface MediaResolver {
  store(ref: MediaRef): Promise<MediaOutcome>;
}

/** Media of a Telegram Desktop export: files beside result.json. A file not exported is noted, not fatal. */
export class ExportMediaResolver implements MediaResolver {
  constructor(
    private readonly store_: MediaStore,
    private readonly baseDir: string,
  ) {}

  async store(ref: MediaRef): Promise<MediaOutcome> {
    const src = ref.source;
    if (src.type === "missing") return { missing: src.reason };
    if (src.type !== "export") return { missing: `cannot fetch ${src.type} media during an export import` };
    const full = path.resolve(this.baseDir, src.path);
    // The export reader already refuses absolute and ".." paths; checked again here because this is
    // the line between a file inside the export and any file on the machine.
    if (!full.startsWith(path.resolve(this.baseDir) + path.sep)) return { missing: "unsafe path" };
    try {
      const hints = {
        ...(ref.mimeType ? { mimeType: ref.mimeType } : {}),
        fileName: ref.fileName ?? src.path,
        ...(ref.width ? { width: ref.width } : {}),
        ...(ref.height ? { height: ref.height } : {}),
      };
      return { stored: await this.store_.putFile(full, hints) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return {
        missing:
          code === "ENOENT" ? "file not included in the export" : `could not read file (${code ?? "error"})`,
      };
    }
  }
}

/** For sources with no media access (tests, dry runs): records every item as missing. */
export const noMedia: MediaResolver = {
  store: async () => ({ missing: "media not fetched" }),
};
