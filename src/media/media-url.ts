// Where a stored media file is served: /media/<sha256>.<extension>. Pages, feeds and their enclosures all
// name a file by this one address (web/media/routes.ts answers it).
import { storageExtension } from "./mime.js";

export function mediaUrl(sha: string, mimeType: string | null, fileName: string | null): string {
  return `/media/${sha}.${storageExtension(mimeType ?? undefined, fileName ?? undefined)}`;
}
