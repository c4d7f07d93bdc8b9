// The translation memory's key: what decides a translation. The prepared unit (text, protected runs and
// markup numbering, so two paragraphs differing only in where their links point share one entry), the
// language pair, and the glossary entries that apply to it (so a glossary change re-translates exactly the
// paragraphs it touches, and no others).
import { createHash } from "node:crypto";
import type { GlossaryEntry } from "./glossary-match.js";
import { primaryLanguage } from "./languages.js";

const KEY_VERSION = 1;

export function memoryKey(
  source: string,
  target: string,
  wire: string,
  applied: readonly GlossaryEntry[],
): string {
  const glossary = [...new Set(applied.map((e) => `${e.source}\u0000${e.target}`))].sort();
  const payload = JSON.stringify([
    KEY_VERSION,
    source === "auto" ? "auto" : primaryLanguage(source),
    target,
    wire,
    glossary,
  ]);
  return createHash("sha256").update(payload).digest("hex");
}

export function sourceHash(html: string): string {
  return createHash("sha256").update(html).digest("hex");
}
