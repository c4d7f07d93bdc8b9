// DeepL API v2 (https://developers.deepl.com/docs/api-reference/translate): POST /v2/translate with
// `Authorization: DeepL-Auth-Key <key>`, JSON {text: [...] (at most 50), source_lang, target_lang,
// tag_handling: "html", glossary_id}; answers {translations: [{detected_source_language, text}]}.
// Glossaries: GET /v2/glossary-language-pairs, POST /v2/glossaries {name, source_lang, target_lang,
// entries (TSV), entries_format}, DELETE /v2/glossaries/{id}. Errors: 403 bad key, 429 too many requests,
// 456 quota exceeded, 5xx unavailable. Free-plan keys end in ":fx" and use api-free.deepl.com.
import { z } from "zod";
import type { GlossaryEntry } from "../glossary-match.js";
import { normalizeLanguage, primaryLanguage } from "../languages.js";
import { badReply, requestJson } from "./http.js";
import type { ProviderGlossaries, TranslateRequest, Translator } from "./types.js";

const TranslateReply = z.object({
  translations: z.array(z.object({ text: z.string(), detected_source_language: z.string().optional() })),
});
const PairsReply = z.object({
  supported_languages: z.array(z.object({ source_lang: z.string(), target_lang: z.string() })),
});
const GlossaryReply = z.object({ glossary_id: z.string().min(1), ready: z.boolean().optional() });

export interface DeepLOptions {
  key: string;
  url?: string;
  timeoutMs?: number;
}

export function deeplBaseUrl(key: string, url?: string): string {
  if (url) return url.replace(/\/+$/, "").replace(/\/v2$/, "");
  return key.endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com";
}

/** Target codes: English and Portuguese need a variant, Chinese a script; the rest are upper-case. */
export function deeplTarget(tag: string): string {
  const t = normalizeLanguage(tag);
  if (t === "en-gb") return "EN-GB";
  if (primaryLanguage(t) === "en") return "EN-US";
  if (t === "pt-br") return "PT-BR";
  if (primaryLanguage(t) === "pt") return "PT-PT";
  if (t === "zh-hant" || t === "zh-tw") return "ZH-HANT";
  if (primaryLanguage(t) === "zh") return "ZH-HANS";
  return primaryLanguage(t).toUpperCase();
}

export function deeplSource(tag: string): string | undefined {
  return tag === "auto" ? undefined : primaryLanguage(tag).toUpperCase();
}

/** Glossary entries as TSV: DeepL rejects tabs and line breaks inside terms, and duplicate sources. */
export function glossaryTsv(entries: readonly GlossaryEntry[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const e of entries) {
    const s = e.source.replace(/\s+/g, " ").trim();
    const t = e.target.replace(/\s+/g, " ").trim();
    if (!s || !t || seen.has(s)) continue;
    seen.add(s);
    lines.push(`${s}\t${t}`);
  }
  return lines.join("\n");
}

interface DeepLConnection {
  base: string;
  auth: { authorization: string };
  http: { provider: string; secrets: string[]; timeoutMs: number };
}

/** DeepL's own glossaries (/v2/glossaries), for the language pairs it supports them in. */
function deeplGlossaries({ base, auth, http }: DeepLConnection): ProviderGlossaries {
  let pairs: Promise<Set<string>> | null = null;
  return {
    async supports(source, target) {
      if (source === "auto") return false;
      pairs ??= requestJson(`${base}/v2/glossary-language-pairs`, { method: "GET", headers: auth }, http)
        .then(({ body }) => {
          const parsed = PairsReply.safeParse(body);
          if (!parsed.success) throw badReply("deepl", "no supported_languages");
          return new Set(
            parsed.data.supported_languages.map(
              (p) => `${p.source_lang.toLowerCase()}>${p.target_lang.toLowerCase()}`,
            ),
          );
        })
        .catch((e: unknown) => {
          pairs = null; // ask again next time
          throw e;
        });
      return (await pairs).has(`${primaryLanguage(source)}>${primaryLanguage(target)}`);
    },
    async create(name, source, target, entries) {
      const { body } = await requestJson(
        `${base}/v2/glossaries`,
        {
          method: "POST",
          headers: auth,
          body: {
            name,
            source_lang: primaryLanguage(source),
            target_lang: primaryLanguage(target),
            entries: glossaryTsv(entries),
            entries_format: "tsv",
          },
        },
        http,
      );
      const parsed = GlossaryReply.safeParse(body);
      if (!parsed.success) throw badReply("deepl", "no glossary_id");
      return parsed.data.glossary_id;
    },
    async remove(id) {
      try {
        await requestJson(
          `${base}/v2/glossaries/${encodeURIComponent(id)}`,
          { method: "DELETE", headers: auth },
          http,
        );
      } catch (e) {
        // Already gone is as good as deleted.
        if ((e as { opts?: { status?: number } }).opts?.status !== 404) throw e;
      }
    },
  };
}

export function deepl(opts: DeepLOptions): Translator {
  const base = deeplBaseUrl(opts.key, opts.url);
  const http = { provider: "deepl", secrets: [opts.key], timeoutMs: opts.timeoutMs ?? 30_000 };
  const auth = { authorization: `DeepL-Auth-Key ${opts.key}` };
  return {
    name: "deepl",
    maxBatch: 50,
    glossaries: deeplGlossaries({ base, auth, http }),
    async translate(req: TranslateRequest): Promise<string[]> {
      const source = deeplSource(req.source);
      const { body } = await requestJson(
        `${base}/v2/translate`,
        {
          method: "POST",
          headers: auth,
          body: {
            text: req.texts.map((t) => t.wire),
            target_lang: deeplTarget(req.target),
            ...(source ? { source_lang: source } : {}),
            tag_handling: "html",
            ...(req.glossaryId && source ? { glossary_id: req.glossaryId } : {}),
          },
        },
        http,
      );
      const parsed = TranslateReply.safeParse(body);
      if (!parsed.success) throw badReply("deepl", "no translations");
      if (parsed.data.translations.length !== req.texts.length)
        throw badReply(
          "deepl",
          `${parsed.data.translations.length} translations for ${req.texts.length} texts`,
        );
      return parsed.data.translations.map((t) => t.text);
    },
  };
}
