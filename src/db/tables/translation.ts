// Table types of translated editions. Times are Unix seconds; JSON columns are text.
// Registered in db/tables/index.ts (Database extends TranslationTables); created by migration 0006.

/** The languages a channel is published in besides its own (`dateline channel set --translate-to`). */
export interface EditionLanguageTable {
  channel_id: number;
  /** Lower-case BCP 47 tag, e.g. "en", "pt-br": also the first segment of the edition's URLs. */
  language: string;
  created_at: number;
}

/** A channel's glossary: how a name is written in one target language. */
export interface GlossaryTermTable {
  channel_id: number;
  language: string;
  source_term: string;
  target_term: string;
  created_at: number;
}

/** A glossary kept at a provider that has its own (DeepL), per channel and language pair. */
export interface ProviderGlossaryTable {
  provider: string;
  channel_id: number;
  source_language: string;
  target_language: string;
  glossary_id: string;
  /** Hash of the entries it holds: a different hash means it must be replaced. */
  entries_hash: string;
  created_at: number;
}

/**
 * One edition of an article in one language. kind "original" marks an article already written in that
 * language: the edition lists it and links to the original, with no translated copy.
 */
export interface EditionTable {
  article_id: number;
  language: string;
  kind: "translation" | "original";
  /** "2021/02/19/<slug>" (not percent-encoded), unique per language; null for kind "original". */
  path: string | null;
  headline: string;
  dateline_place: string | null;
  dateline_outlet: string | null;
  body_html: string;
  body_text: string;
  summary: string;
  source_language: string;
  /** The article's content_hash this edition was made from: different means the original changed since. */
  source_hash: string;
  /** Copied from the article, for edition listings in date order. */
  published_at: number;
  provider: string;
  translated_at: number;
  modified_at: number;
}

/** Every path an edition has had: old slugs redirect to the current one. */
export interface EditionPathTable {
  language: string;
  path: string;
  article_id: number;
}

/**
 * One translated unit of an edition: the headline (position -3), dateline place (-2) and outlet (-1), and
 * body paragraphs 1…n. Keeps the machine translation and an editor's correction apart.
 */
export interface TranslationUnitTable {
  article_id: number;
  language: string;
  position: number;
  /** sha256 of the source unit's HTML. */
  source_hash: string;
  source_html: string;
  machine_html: string | null;
  human_html: string | null;
  human_by: string | null;
  human_at: number | null;
  /** 1 when an editor's correction was set aside because its source paragraph changed. */
  review: number;
  /** The correction set aside, and the source it was written for. */
  review_human_html: string | null;
  review_source_html: string | null;
}

/** Translation memory: a provider's answer for a prepared unit, reused wherever the same unit recurs. */
export interface TranslationMemoryTable {
  key: string;
  source_language: string;
  target_language: string;
  provider: string;
  /** The provider's reply, still in wire form (placeholders and marks): restored per use. */
  target_wire: string;
  characters: number;
  created_at: number;
}

/** Characters and requests sent to each provider per day ("memory" counts reuses instead). */
export interface TranslationUsageTable {
  provider: string;
  day: string;
  requests: number;
  characters: number;
}

export type JobStatus = "pending" | "running" | "done" | "failed";

/** The durable queue: one row per article and language, re-armed whenever the article changes. */
export interface TranslationJobTable {
  article_id: number;
  language: string;
  status: JobStatus;
  /** 0 for live changes, 1 for the back catalogue. */
  priority: number;
  /** Bumped on every enqueue: a worker finishing an older version leaves the job pending. */
  version: number;
  attempts: number;
  run_after: number;
  locked_until: number;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

export interface TranslationTables {
  edition_languages: EditionLanguageTable;
  glossary_terms: GlossaryTermTable;
  provider_glossaries: ProviderGlossaryTable;
  editions: EditionTable;
  edition_paths: EditionPathTable;
  translation_units: TranslationUnitTable;
  translation_memory: TranslationMemoryTable;
  translation_usage: TranslationUsageTable;
  translation_jobs: TranslationJobTable;
}
