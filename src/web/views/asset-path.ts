// Content-addressed asset paths, so the lead can serve them with "Cache-Control: immutable".
import { createHash } from "node:crypto";

/** "/assets/<name>.<first 10 hex of sha256>.<ext>": changes exactly when the content does. */
export function versionedAssetPath(name: string, ext: string, content: string): string {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  return `/assets/${name}.${hash}.${ext}`;
}
