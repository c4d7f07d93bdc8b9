// Whether a blocked identity or IP range covers a new comment's author.
import type { CommentBlockRow } from "../db/tables/index.js";
import { IpRanges } from "./ip-range.js";

export function isBlocked(
  blocks: readonly Pick<CommentBlockRow, "kind" | "value">[],
  identity: string,
  ip: string,
): boolean {
  if (blocks.some((b) => b.kind === "identity" && b.value === identity)) return true;
  return new IpRanges(blocks.filter((b) => b.kind === "ip").map((b) => b.value)).contains(ip);
}
