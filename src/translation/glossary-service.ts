// Managing a channel's glossary. Every change re-queues the articles whose text holds a changed term (and
// only those); their other paragraphs come back from the translation memory, so only the paragraphs with
// the term are sent to the provider again.
import type { ChannelRow } from "../db/tables/index.js";
import type { Clock } from "../shared/clock.js";
import { DatelineError } from "../shared/errors.js";
import {
  type ArticleScan,
  type EditionLanguageStore,
  type GlossaryStore,
  type GlossaryTermRow,
  type JobQueue,
  PRIORITY_LIVE,
} from "../store/translation/index.js";
import { LIVE_WINDOW_SECONDS } from "./enqueue-on-change.js";
import { compileGlossary, findTerms, type GlossaryEntry } from "./glossary-match.js";
import { isEditionLanguage, normalizeLanguage } from "./languages.js";

export const MAX_TERM_LENGTH = 200;
const SCAN_PAGE = 1000;

export interface GlossaryChange {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** Articles queued for translation again. */
  requeued: number;
}

export interface GlossaryRowInput {
  source: string;
  target: string;
  language: string;
}

/** A term as stored: NFC, single spaces; no tabs or line breaks (DeepL's TSV glossaries forbid them). */
export function checkTerm(term: string, what: string): string {
  const t = term
    .normalize("NFC")
    .replace(/[ \u00a0]+/g, " ")
    .trim();
  if (t === "") throw new DatelineError("USAGE", `${what} is empty`);
  if (/[\t\r\n]/.test(t)) throw new DatelineError("USAGE", `${what} must be on one line, without tabs`);
  if (t.length > MAX_TERM_LENGTH)
    throw new DatelineError("USAGE", `${what} is longer than ${MAX_TERM_LENGTH} characters`);
  return t;
}

export function checkLanguage(language: string): string {
  const l = normalizeLanguage(language);
  if (!isEditionLanguage(l))
    throw new DatelineError("USAGE", `"${language}" is not a language code (e.g. en, fr)`);
  return l;
}

export class GlossaryService {
  constructor(
    private readonly deps: {
      scan: ArticleScan;
      clock: Clock;
      glossary: GlossaryStore;
      languages: EditionLanguageStore;
      queue: JobQueue;
      wake: () => void;
    },
  ) {}

  list(channelId: number, language?: string): Promise<GlossaryTermRow[]> {
    return this.deps.glossary.list(channelId, language);
  }

  async add(channel: ChannelRow, language: string, source: string, target: string): Promise<GlossaryChange> {
    return this.importRows(channel, [{ source, target, language }]);
  }

  async remove(channel: ChannelRow, language: string, source: string): Promise<GlossaryChange> {
    const lang = checkLanguage(language);
    const term = checkTerm(source, "the source term");
    const entry = (await this.deps.glossary.list(channel.id, lang)).find((r) => r.source_term === term);
    const change = { added: 0, changed: 0, removed: 0, unchanged: 0, requeued: 0 };
    if (!entry || !(await this.deps.glossary.remove(channel.id, lang, term))) return change;
    change.removed = 1;
    change.requeued = await this.requeue(channel.id, lang, [{ source: term, target: entry.target_term }]);
    return change;
  }

  async importRows(channel: ChannelRow, rows: GlossaryRowInput[]): Promise<GlossaryChange> {
    const checked = rows.map((r, i) => {
      const where = rows.length > 1 ? ` (row ${i + 1})` : "";
      return {
        language: checkLanguage(r.language),
        source: checkTerm(r.source, `the source term${where}`),
        target: checkTerm(r.target, `the target term${where}`),
      };
    });
    const change = { added: 0, changed: 0, removed: 0, unchanged: 0, requeued: 0 };
    const touched = new Map<string, GlossaryEntry[]>();
    for (const r of checked) {
      const before = await this.deps.glossary.put(channel.id, r.language, r.source, r.target);
      if (before === r.target) {
        change.unchanged++;
        continue;
      }
      if (before === null) change.added++;
      else change.changed++;
      touched.set(r.language, [...(touched.get(r.language) ?? []), { source: r.source, target: r.target }]);
    }
    for (const [language, entries] of touched)
      change.requeued += await this.requeue(channel.id, language, entries);
    return change;
  }

  /**
   * Queues the channel's articles holding any of these terms that have that edition, or are news (see
   * enqueue-on-change.ts): old articles never translated stay for `translate backfill`.
   */
  private async requeue(channelId: number, language: string, entries: GlossaryEntry[]): Promise<number> {
    if (!(await this.deps.languages.forChannel(channelId)).includes(language)) return 0;
    const matcher = compileGlossary(entries);
    const ids: number[] = [];
    for (let after = 0; ; ) {
      const page = await this.deps.scan.page(channelId, after, SCAN_PAGE);
      if (page.length === 0) break;
      for (const a of page) {
        const text = [a.headline, a.dateline_place ?? "", a.dateline_outlet ?? "", a.body_text].join("\n");
        if (findTerms(text, matcher).length > 0) ids.push(a.id);
      }
      after = page[page.length - 1]!.id;
    }
    const since = this.deps.clock.now() - LIVE_WINDOW_SECONDS;
    const queued = ids.length > 0 ? await this.deps.scan.worthTranslating(ids, language, since) : [];
    if (queued.length > 0) {
      await this.deps.queue.enqueue(
        queued.map((articleId) => ({ articleId, language })),
        PRIORITY_LIVE,
        this.deps.clock.now(),
      );
      this.deps.wake();
    }
    return queued.length;
  }
}
