// One translation job: an article into one language. Reads the article and what was translated before,
// keeps editors' corrections (merge-units.ts), machine-translates the rest through the memory and the
// provider (translate-units.ts), and writes the edition and its units in one transaction. The original
// is never touched: whatever fails here, it stays online.
import { createHash } from "node:crypto";
import type { ArticleRow, ChannelRow } from "../db/tables/index.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { ArticleStore } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import type {
  EditionStore,
  GlossaryStore,
  MemoryStore,
  TranslationStores,
  UnitRow,
  UnitStore,
} from "../store/translation/index.js";
import { articleUnits, type SourceUnit } from "./article-units.js";
import { composeEdition } from "./compose-edition.js";
import { compileGlossary, type GlossaryEntry } from "./glossary-match.js";
import { primaryLanguage, sameLanguage } from "./languages.js";
import { sourceHash } from "./memory-key.js";
import { mergeUnits } from "./merge-units.js";
import type { Translator } from "./providers/index.js";
import { type TranslationTally, translateUnits } from "./translate-units.js";

export interface EngineDeps {
  /** Writes an edition with its path and units atomically. */
  transaction: TranslationStores["transaction"];
  clock: Clock;
  log: Logger;
  articles: ArticleStore;
  channels: ChannelStore;
  editions: EditionStore;
  units: UnitStore;
  memory: MemoryStore;
  glossary: GlossaryStore;
  translator: Translator | null;
}

export type Outcome =
  | ({ kind: "translated"; path: string } & TranslationTally)
  | { kind: "original" }
  | { kind: "skipped"; reason: string };

/** The language to translate from: the article's, else the channel's, else the provider detects it. */
export function sourceLanguageOf(a: ArticleRow, channel: ChannelRow): string {
  if (a.language && a.language !== "und") return a.language.toLowerCase();
  if (channel.language && channel.language !== "und") return channel.language.toLowerCase();
  return "auto";
}

export class TranslationEngine {
  constructor(private readonly deps: EngineDeps) {}

  async run(articleId: number, language: string): Promise<Outcome> {
    const { deps } = this;
    const a = await deps.articles.byId(articleId);
    if (!a) return { kind: "skipped", reason: "the article no longer exists" };
    // A removed article's edition stays stored (its page answers 410 like the original's).
    if (a.status !== "published") return { kind: "skipped", reason: `the article is ${a.status}` };
    const channel = await deps.channels.byId(a.channel_id);
    if (!channel) return { kind: "skipped", reason: "the channel no longer exists" };
    const source = sourceLanguageOf(a, channel);
    if (source !== "auto" && sameLanguage(source, language)) {
      await this.saveOriginal(a, language, source);
      return { kind: "original" };
    }
    if (!deps.translator) throw new Error("no translator is configured (DATELINE_TRANSLATOR)");

    const { units, skeleton } = articleUnits(a);
    const entries = await deps.glossary.entries(channel.id, language);
    const glossaryId = await this.providerGlossary(channel, source, language, entries);
    const tally: TranslationTally = { sent: 0, characters: 0, requests: 0, reused: 0 };
    const rows = await this.translatedUnits(
      a,
      units,
      { source, target: language, entries, glossaryId },
      tally,
    );
    const finals = new Map(rows.map((r) => [r.position, r.human_html ?? r.machine_html ?? ""]));
    const path = await this.saveTranslation(
      a,
      language,
      source,
      rows,
      composeEdition(finals, skeleton, language),
    );
    return { kind: "translated", path, ...tally };
  }

  /**
   * The article's units in `target`: editors' corrections kept (merge-units.ts), the rest machine-translated
   * through the memory and the provider, or kept from before when their source did not change.
   */
  private async translatedUnits(
    a: ArticleRow,
    units: SourceUnit[],
    pair: { source: string; target: string; entries: GlossaryEntry[]; glossaryId: string | undefined },
    tally: TranslationTally,
  ): Promise<UnitRow[]> {
    const { deps } = this;
    const language = pair.target;
    const prior = await deps.units.list(a.id, language);
    const hashes = new Map(units.map((u) => [u.position, sourceHash(u.html)]));
    const decisions = mergeUnits(
      units.map((u) => ({ position: u.position, sourceHash: hashes.get(u.position)! })),
      prior,
    );
    const machine = await translateUnits(
      { translator: deps.translator!, memory: deps.memory, clock: deps.clock, log: deps.log },
      units.filter((u) => !decisions.get(u.position)?.human),
      {
        source: pair.source,
        target: language,
        matcher: compileGlossary(pair.entries),
        ...(pair.glossaryId ? { glossaryId: pair.glossaryId } : {}),
      },
      tally,
    );
    const priorAt = new Map(prior.map((p) => [p.position, p]));
    return units.map((u) => {
      const d = decisions.get(u.position);
      const before = priorAt.get(u.position);
      const keptMachine =
        before && before.source_hash === hashes.get(u.position) ? before.machine_html : null;
      return {
        article_id: a.id,
        language,
        position: u.position,
        source_hash: hashes.get(u.position)!,
        source_html: u.html,
        machine_html: machine.get(u.position) ?? keptMachine,
        human_html: d?.human?.html ?? null,
        human_by: d?.human?.by ?? null,
        human_at: d?.human?.at ?? null,
        review: d?.review ? 1 : 0,
        review_human_html: d?.review?.humanHtml ?? null,
        review_source_html: d?.review?.sourceHtml ?? null,
      };
    });
  }

  /** Rebuilds an edition from its stored units, without the provider (after an editor's correction). */
  async recompose(articleId: number, language: string): Promise<string | null> {
    const a = await this.deps.articles.byId(articleId);
    const existing = await this.deps.editions.get(articleId, language);
    if (!a || !existing || existing.kind !== "translation") return null;
    const rows = await this.deps.units.list(articleId, language);
    const { skeleton } = articleUnits(a);
    const finals = new Map(rows.map((r) => [r.position, r.human_html ?? r.machine_html ?? ""]));
    return this.saveTranslation(
      a,
      language,
      existing.source_language,
      rows,
      composeEdition(finals, skeleton, language),
      {
        sourceHash: existing.source_hash,
        unitsUnchanged: true,
      },
    );
  }

  private async saveTranslation(
    a: ArticleRow,
    language: string,
    source: string,
    rows: UnitRow[],
    e: ReturnType<typeof composeEdition>,
    opts: { sourceHash?: string; unitsUnchanged?: boolean } = {},
  ): Promise<string> {
    const now = this.deps.clock.now();
    const datePart = a.path.split("/").slice(0, 3).join("/");
    return this.deps.transaction(async (w) => {
      let path = `${datePart}/${e.slug}`;
      if ((await w.currentPath(a.id, language)) !== path) {
        const owner = await w.pathOwner(language, path);
        if (owner !== undefined && owner !== a.id) path = `${path}-${a.message_id}`;
      }
      await w.save({
        article_id: a.id,
        language,
        kind: "translation",
        path,
        headline: e.headline,
        dateline_place: e.datelinePlace,
        dateline_outlet: e.datelineOutlet,
        body_html: e.bodyHtml,
        body_text: e.bodyText,
        summary: e.summary,
        source_language: source,
        source_hash: opts.sourceHash ?? a.content_hash,
        published_at: a.published_at,
        provider: this.deps.translator?.name ?? "none",
        translated_at: now,
        modified_at: now,
      });
      if (!opts.unitsUnchanged) await w.replaceUnits(a.id, language, rows);
      return path;
    });
  }

  private async saveOriginal(a: ArticleRow, language: string, source: string): Promise<void> {
    const now = this.deps.clock.now();
    await this.deps.transaction((w) =>
      w.save({
        article_id: a.id,
        language,
        kind: "original",
        path: null,
        headline: a.headline,
        dateline_place: a.dateline_place,
        dateline_outlet: a.dateline_outlet,
        body_html: "",
        body_text: "",
        summary: a.summary,
        source_language: source,
        source_hash: a.content_hash,
        published_at: a.published_at,
        provider: "none",
        translated_at: now,
        modified_at: now,
      }),
    );
  }

  /** The provider's copy of the channel's glossary for this pair, made or replaced when it changed. */
  private async providerGlossary(
    channel: ChannelRow,
    source: string,
    target: string,
    entries: GlossaryEntry[],
  ): Promise<string | undefined> {
    const t = this.deps.translator;
    const g = t?.glossaries;
    if (!t || !g || entries.length === 0 || source === "auto") return undefined;
    if (!(await g.supports(source, target))) return undefined;
    const src = primaryLanguage(source);
    const hash = createHash("sha256")
      .update(JSON.stringify(entries.map((e) => [e.source, e.target]).sort()))
      .digest("hex");
    const existing = await this.deps.glossary.providerGlossary(t.name, channel.id, src, target);
    if (existing?.entries_hash === hash) return existing.glossary_id;
    const id = await g.create(`dateline ${channel.username} ${src}-${target}`, src, target, entries);
    await this.deps.glossary.saveProviderGlossary({
      provider: t.name,
      channel_id: channel.id,
      source_language: src,
      target_language: target,
      glossary_id: id,
      entries_hash: hash,
    });
    if (existing) {
      await g.remove(existing.glossary_id).catch((e: unknown) => {
        this.deps.log.warn("could not delete a replaced provider glossary", { provider: t.name, error: e });
      });
    }
    return id;
  }
}
