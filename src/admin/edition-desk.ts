// What the editors' "Editions" pages read and do: recent articles with the state of each translated
// edition, one edition's units (original beside translation) for correcting, and the corrections flagged
// because their source changed. Everything goes through the translation service; its `correct` rebuilds
// the edition and drops the cached pages.
import type { ArticleRow } from "../db/tables/index.js";
import type { ArticleStore } from "../store/articles.js";
import {
  DATELINE_OUTLET,
  DATELINE_PLACE,
  decodeEntities,
  editionUrl,
  HEADLINE,
  htmlToText,
  isEditionLanguage,
  type Translation,
  unitLabel,
} from "../translation/index.js";

/** Whether a tag can name an edition: the desk's addresses and forms take no other. */
export { isEditionLanguage };

export type EditionState = "translated" | "pending" | "corrected" | "review";

export interface EditionSummary {
  language: string;
  state: EditionState;
  /** The public page, when the edition exists. */
  url: string | null;
  /** Whether there are units to edit (a translation exists). */
  editable: boolean;
}

export interface ArticleEditions {
  article: ArticleRow;
  editions: EditionSummary[];
}

export interface DeskUnit {
  position: number;
  label: string;
  /** Headline and dateline are plain text; paragraphs are inline HTML. */
  plain: boolean;
  /** The original, as text for plain units and as its HTML for paragraphs. */
  source: string;
  /** What the edition shows now, in the form an editor edits. */
  current: string;
  /** Who corrected it, when a human did. */
  correctedBy: string | null;
  review: boolean;
}

export interface DeskEdition {
  article: ArticleRow;
  /** The public page, when the edition exists. */
  url: string | null;
  units: DeskUnit[];
}

export interface DeskReview {
  articleId: number;
  language: string;
  position: number;
  label: string;
  articleUrl: string;
  sourceThen: string;
  sourceNow: string;
  correctionThen: string;
  machineNow: string;
}

const PLAIN = new Set([HEADLINE, DATELINE_PLACE, DATELINE_OUTLET]);

/** A unit as the editor sees and edits it (the same text `correct` turns back into the stored HTML). */
export function shownText(position: number, html: string): string {
  return PLAIN.has(position) ? decodeEntities(html) : html;
}

/** Form values compare equal across the browser's CRLF and leading/trailing whitespace. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n?/g, "\n").trim();
  return norm(a) === norm(b);
}

const oneLine = (html: string | null) =>
  htmlToText(html ?? "")
    .replace(/\s+/g, " ")
    .trim();

export class EditionDesk {
  constructor(
    private readonly d: {
      translation: Translation;
      articles: ArticleStore;
      /** The site's own path of an article (its permalink). */
      articleUrl: (pathKey: string) => string;
    },
  ) {}

  /** Recent published articles, newest first, with every edition they have or should have. */
  async recent(page: number, perPage: number): Promise<{ items: ArticleEditions[]; hasMore: boolean }> {
    const t = this.d.translation;
    const { items, hasMore } = await this.d.articles.list({ kind: "all" }, (page - 1) * perPage, perPage);
    const wanted = await t.languages.byChannel();
    const out: ArticleEditions[] = [];
    for (const article of items) {
      const rows = await t.editions.forArticle(article.id);
      const byLang = new Map(rows.map((e) => [e.language, e]));
      const languages = [...new Set([...(wanted.get(article.channel_id) ?? []), ...byLang.keys()])].sort();
      const editions: EditionSummary[] = [];
      for (const language of languages) {
        const e = byLang.get(language);
        if (e?.kind === "original") continue;
        if (!e) {
          editions.push({ language, state: "pending", url: null, editable: false });
          continue;
        }
        const units = await t.corrections.units(article.id, language);
        const state: EditionState = units.some((u) => u.review === 1)
          ? "review"
          : e.source_hash !== article.content_hash
            ? "pending"
            : units.some((u) => u.human_html !== null)
              ? "corrected"
              : "translated";
        editions.push({ language, state, url: e.path ? editionUrl(language, e.path) : null, editable: true });
      }
      out.push({ article, editions });
    }
    return { items: out, hasMore };
  }

  /** One edition's units, or null when the article or its translation does not exist (yet). */
  async edition(articleId: number, language: string): Promise<DeskEdition | null> {
    const t = this.d.translation;
    const article = await this.d.articles.byId(articleId);
    const e = await t.editions.get(articleId, language);
    if (!article || e?.kind !== "translation") return null;
    const rows = await t.corrections.units(articleId, language);
    const units = rows.map((u) => ({
      position: u.position,
      label: unitLabel(u.position),
      plain: PLAIN.has(u.position),
      source: shownText(u.position, u.source_html),
      current: shownText(u.position, u.human_html ?? u.machine_html ?? ""),
      correctedBy: u.human_html !== null ? u.human_by : null,
      review: u.review === 1,
    }));
    return { article, url: e.path ? editionUrl(language, e.path) : null, units };
  }

  /**
   * Saves the units whose submitted text differs from what the edition shows, as corrections by `editor`.
   * Returns how many were saved and what went wrong with the others.
   */
  async save(
    articleId: number,
    language: string,
    submitted: Map<number, string>,
    editor: string,
  ): Promise<{ saved: number; errors: string[] }> {
    const found = await this.edition(articleId, language);
    if (!found) return { saved: 0, errors: ["This edition does not exist (yet)."] };
    let saved = 0;
    const errors: string[] = [];
    for (const u of found.units) {
      const text = submitted.get(u.position);
      if (text === undefined || sameText(text, u.current)) continue;
      try {
        await this.d.translation.corrections.correct({
          articleId,
          language,
          position: u.position,
          text: text.replace(/\r\n?/g, "\n"),
          editor,
        });
        saved++;
      } catch (e) {
        errors.push(`The ${u.label} was not saved: ${e instanceof Error ? e.message : String(e)}.`);
      }
    }
    return { saved, errors };
  }

  async reviews(): Promise<DeskReview[]> {
    const rows = await this.d.translation.corrections.reviews();
    return rows.map((r) => ({
      articleId: r.article_id,
      language: r.language,
      position: r.position,
      label: unitLabel(r.position),
      articleUrl: this.d.articleUrl(r.article_path),
      sourceThen: oneLine(r.review_source_html),
      sourceNow: oneLine(r.source_html),
      correctionThen: oneLine(r.review_human_html),
      machineNow: oneLine(r.machine_html),
    }));
  }

  resolve(articleId: number, language: string, position: number): Promise<boolean> {
    return this.d.translation.corrections.resolve({ articleId, language, position });
  }
}
