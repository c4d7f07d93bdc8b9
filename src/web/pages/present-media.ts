import type { MessageMediaRow } from "../../db/tables/index.js";
import { mediaUrl } from "../../media/media-url.js";
import type { MediaView } from "../view-models.js";

/** Widths of the responsive image variants (generated on first request, then served from disk). */
export const IMAGE_WIDTHS = [320, 640, 960, 1280] as const;

export function presentMedia(row: MessageMediaRow, telegramPostUrl: string | null): MediaView {
  if (!row.sha256) {
    return {
      kind: "unavailable",
      src: "",
      ...(row.file_name ? { fileName: row.file_name } : {}),
      ...(telegramPostUrl ? { telegramUrl: telegramPostUrl } : {}),
    };
  }
  const src = mediaUrl(row.sha256, row.mime_type, row.file_name);
  const dims = {
    ...(row.width ? { width: row.width } : {}),
    ...(row.height ? { height: row.height } : {}),
    ...(row.mime_type ? { mimeType: row.mime_type } : {}),
    ...(row.file_name ? { fileName: row.file_name } : {}),
  };
  if (row.kind === "photo" && row.mime_type?.startsWith("image/")) {
    const widths = IMAGE_WIDTHS.filter((w) => !row.width || w < row.width);
    const srcset = [
      ...widths.map((w) => `/media/${row.sha256}/w${w}.webp ${w}w`),
      ...(row.width ? [`${src} ${row.width}w`] : []),
    ];
    return { kind: "image", src, ...(srcset.length > 1 ? { srcset: srcset.join(", ") } : {}), ...dims };
  }
  if (
    (row.kind === "video" || row.kind === "animation" || row.kind === "video_note") &&
    row.mime_type?.startsWith("video/")
  ) {
    return { kind: "video", src, ...dims };
  }
  if ((row.kind === "audio" || row.kind === "voice") && row.mime_type?.startsWith("audio/")) {
    return { kind: "audio", src, ...dims };
  }
  return { kind: "file", src, ...dims };
}
