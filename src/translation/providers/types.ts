// The contract every translation provider meets. Providers are plugins chosen by configuration
// (DATELINE_TRANSLATOR); the rest of translation never knows which one it talks to.
import type { GlossaryEntry } from "../glossary-match.js";

export type ProviderName = "libretranslate" | "deepl" | "openai";

/** What a unit is, so a provider that can use the hint (an LLM) translates a headline as a headline. */
export type UnitKind = "headline" | "dateline" | "paragraph";

export interface TranslateRequest {
  /** Lower-case language tag, or "auto" when the article's language is unknown. */
  source: string;
  target: string;
  /** Units in wire form (HTML fragments, see wire-format.ts). */
  texts: { wire: string; kind: UnitKind }[];
  /** A glossary kept at the provider (DeepL), made by `glossaries.create`. */
  glossaryId?: string;
}

/** Glossaries kept at the provider, where it has them. */
export interface ProviderGlossaries {
  supports(source: string, target: string): Promise<boolean>;
  create(name: string, source: string, target: string, entries: GlossaryEntry[]): Promise<string>;
  remove(id: string): Promise<void>;
}

export interface Translator {
  readonly name: ProviderName;
  /** Most units one request may carry. */
  readonly maxBatch: number;
  /** Translations in request order; throws TranslatorError. */
  translate(req: TranslateRequest): Promise<string[]>;
  readonly glossaries?: ProviderGlossaries;
}
