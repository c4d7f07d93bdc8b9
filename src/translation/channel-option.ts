// `dateline channel set <username> --translate-to en,fr`: which editions a channel has. Kept here so the
// channel command needs only a two-line insertion.
import type { ChannelRow } from "../db/tables/index.js";
import { DatelineError } from "../shared/errors.js";
import { isEditionLanguage, normalizeLanguage, sameLanguage } from "./languages.js";
import type { Translator } from "./providers/index.js";

/** What `--translate-to` needs of the feature (index.ts's Translation has it). */
export interface EditionLanguageSetter {
  translator: Translator | null;
  setLanguages(channelId: number, languages: string[]): Promise<string[]>;
}

/** "en, fr" → ["en", "fr"]; "" → [] (no editions); undefined when the option was not given. */
export function parseTranslateTo(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const out: string[] = [];
  for (const part of value.split(",")) {
    const tag = normalizeLanguage(part);
    if (tag === "") continue;
    if (!isEditionLanguage(tag))
      throw new DatelineError(
        "USAGE",
        `--translate-to: "${part.trim()}" is not a language code (e.g. en, fr)`,
      );
    if (!out.includes(tag)) out.push(tag);
  }
  return out;
}

export async function applyTranslateTo(
  s: { translation: EditionLanguageSetter },
  channel: ChannelRow,
  languages: string[],
  out: (line: string) => void,
): Promise<void> {
  const own = channel.language !== "und" ? channel.language : null;
  const kept = own ? languages.filter((l) => !sameLanguage(l, own)) : languages;
  if (own && kept.length < languages.length)
    out(`  (${own} is the channel's own language: no edition needed)`);
  const added = await s.translation.setLanguages(channel.id, kept);
  out(`  editions: ${kept.length ? kept.map((l) => `/${l}/`).join(", ") : "-"}`);
  if (kept.length > 0 && !s.translation.translator)
    out("  no translator is configured yet: set DATELINE_TRANSLATOR (libretranslate, deepl or openai)");
  for (const l of added)
    out(
      `  new posts are translated as they arrive; for older ones run: dateline translate backfill --lang ${l}`,
    );
}
