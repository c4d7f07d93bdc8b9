// A correction flagged for review (its source changed since), with the link to its unit.
import type { DeskReview } from "../../admin/index.js";
import { editionEditUrl } from "./admin-urls.js";
import type { ReviewItemView } from "./models.js";

export function presentReview(r: DeskReview): ReviewItemView {
  return { ...r, editUrl: `${editionEditUrl(r.articleId, r.language)}#u${r.position}` };
}
