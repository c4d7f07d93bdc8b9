// Editors' corrections of translations: the service behind `dateline translate edit` and `review`, and
// what an admin interface calls. A corrected unit is shown instead of the machine's from then on; the
// machine never overwrites it unless its source paragraph changes, and then it is flagged for review.
import type { Clock } from "../shared/clock.js";
import { DatelineError } from "../shared/errors.js";
import type {
  EditionStore,
  ReviewRow,
  TranslationStores,
  UnitRow,
  UnitStore,
} from "../store/translation/index.js";
import { unitLabel } from "./article-units.js";
import { plainCorrection, sanitizeCorrection } from "./sanitize-correction.js";
import type { TranslationEngine } from "./translate-article.js";

export interface UnitKey {
  articleId: number;
  language: string;
  /** HEADLINE, DATELINE_PLACE, DATELINE_OUTLET, or paragraph number from 1. */
  position: number;
}

export interface CorrectionInput extends UnitKey {
  /** The corrected text; paragraphs may carry inline markup (see sanitize-correction.ts). */
  text: string;
  /** Who corrected it (an editor's name or account), kept with the correction. */
  editor: string;
}

export class CorrectionService {
  constructor(
    private readonly deps: {
      transaction: TranslationStores["transaction"];
      clock: Clock;
      units: UnitStore;
      editions: EditionStore;
      engine: TranslationEngine;
      /** Called after an edition changed (drops cached pages). */
      changed: (articleId: number, language: string) => void;
    },
  ) {}

  /** The units of an edition, for an editor to work on. */
  async units(articleId: number, language: string): Promise<UnitRow[]> {
    const edition = await this.deps.editions.get(articleId, language);
    if (edition?.kind !== "translation")
      throw new DatelineError("NOT_FOUND", `article ${articleId} has no ${language} translation yet`);
    return this.deps.units.list(articleId, language);
  }

  /** Stores a correction and rebuilds the edition at once (no provider involved). Returns the edition's path. */
  async correct(input: CorrectionInput): Promise<string> {
    const units = await this.units(input.articleId, input.language);
    const unit = units.find((u) => u.position === input.position);
    if (!unit) {
      const paragraphs = units.filter((u) => u.position > 0).length;
      throw new DatelineError(
        "NOT_FOUND",
        `the ${input.language} translation has no ${unitLabel(input.position)} (it has ${paragraphs} paragraphs)`,
      );
    }
    const html =
      input.position > 0
        ? sanitizeCorrection(input.text, unit.human_html ?? unit.machine_html ?? "")
        : plainCorrection(input.text);
    if (html === "") throw new DatelineError("USAGE", `the corrected ${unitLabel(input.position)} is empty`);
    await this.deps.transaction((w) => w.setHuman(input, html, input.editor, this.deps.clock.now()));
    const path = await this.deps.engine.recompose(input.articleId, input.language);
    this.deps.changed(input.articleId, input.language);
    return path ?? "";
  }

  /** Units whose correction was set aside because the original changed. */
  reviews(language?: string): Promise<ReviewRow[]> {
    return this.deps.units.reviews(language);
  }

  /** Accepts the machine translation now shown for a flagged unit. */
  async resolve(key: UnitKey): Promise<boolean> {
    return this.deps.units.resolve(key);
  }
}
