// One edition on its correcting page: each unit's original beside the text in its box (what the edition
// shows, or what the editor just submitted when the form comes back with errors).
import type { DeskEdition } from "../../admin/index.js";
import { urlPathOf } from "../../articles/permalink.js";
import type { EditionEditView } from "./models.js";

export function presentEdition(
  found: DeskEdition,
  articleId: number,
  language: string,
  submitted: Map<number, string> | null,
): EditionEditView {
  return {
    articleId,
    language,
    sourceLanguage: found.article.language,
    headline: found.article.headline,
    articleUrl: urlPathOf(found.article.path),
    editionUrl: found.url,
    units: found.units.map((u) => ({
      position: u.position,
      label: u.label,
      plain: u.plain,
      source: u.source,
      value: submitted?.get(u.position) ?? u.current,
      correctedBy: u.correctedBy,
      review: u.review,
    })),
  };
}
