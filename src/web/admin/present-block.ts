// A block (an identity or an IP range whose comments are refused), as the blocks page lists it.
import { formatNewsTime } from "../../shared/time.js";
import type { BlockRow } from "./from-comments.js";
import type { BlockView } from "./models.js";

export function presentBlock(b: BlockRow): BlockView {
  return {
    id: b.id,
    kind: b.kind,
    value: b.value,
    note: b.note,
    createdDisplay: formatNewsTime(b.created_at, "UTC"),
  };
}
