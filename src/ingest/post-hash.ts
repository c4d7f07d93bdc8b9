import * as crypto from "node:crypto";
import type { MediaRef, TelegramPost } from "../telegram/post.js";

/** One-shot hashing (Node 20.12+) spares the Hash object; createHash gives the same digest before. */
const hashOnce = (crypto as { hash?: (algorithm: string, data: string, encoding: "base64url") => string })
  .hash;

/** The part of a media source that identifies the file (CDN URLs change on every fetch: not part of it). */
function stableSource(m: MediaRef): string {
  switch (m.source.type) {
    case "export":
      return `export:${m.source.path}`;
    case "bot":
      return `bot:${m.source.fileUniqueId}`;
    case "url":
      return "url";
    case "missing":
      return "missing";
  }
}

/**
 * Hash of what a post shows. Equal hashes mean an update changed nothing Dateline uses: Telegram sends
 * edited_channel_post for changes of fields we ignore too (reactions, buttons), and those are no revision.
 */
export function postHash(p: TelegramPost): string {
  const canonical = JSON.stringify([
    p.text,
    p.entities.map((e) => [e.type, e.offset, e.length, e.url ?? "", e.language ?? ""]),
    p.media.map((m) => [m.kind, stableSource(m), m.width ?? 0, m.height ?? 0, m.fileName ?? ""]),
    p.poll ?? null,
    p.location ?? null,
    p.forwardedFrom ?? "",
    p.authorSignature ?? "",
  ]);
  return hashOnce
    ? hashOnce("sha1", canonical, "base64url")
    : crypto.createHash("sha1").update(canonical).digest("base64url");
}
