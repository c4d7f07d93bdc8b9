// Machine translation of a set of units: prepared for the wire, looked up in the translation memory,
// the rest sent to the provider in batches, every reply restored and checked. Where the provider was
// trusted with glossary terms (DeepL's own glossaries) and a term did not come out as the glossary says,
// that unit goes again with the term protected, so the glossary holds whatever the provider does.
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { MEMORY_PROVIDER, type MemoryStore } from "../store/translation/index.js";
import type { SourceUnit } from "./article-units.js";
import { foldText, type GlossaryMatcher } from "./glossary-match.js";
import { htmlToText } from "./html-tokens.js";
import { keepsNativeDigits } from "./languages.js";
import { memoryKey } from "./memory-key.js";
import type { Translator } from "./providers/index.js";
import { fromWire, toWire, type WireUnit } from "./wire-format.js";

export interface UnitContext {
  source: string;
  target: string;
  matcher: GlossaryMatcher;
  /** A provider-side glossary to use (its terms are then left to the provider). */
  glossaryId?: string;
}

export interface TranslationTally {
  /** Units sent to the provider, and their characters. */
  sent: number;
  characters: number;
  requests: number;
  /** Units answered by the translation memory. */
  reused: number;
}

export interface UnitsDeps {
  translator: Translator;
  memory: MemoryStore;
  clock: Clock;
  log: Logger;
}

interface Prepared {
  unit: SourceUnit;
  wire: WireUnit;
  key: string;
}

export function utcDay(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 10);
}

function characters(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export async function translateUnits(
  deps: UnitsDeps,
  units: readonly SourceUnit[],
  ctx: UnitContext,
  tally: TranslationTally,
): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  const providerGlossary = ctx.glossaryId !== undefined;
  const first = await translateRound(deps, units, ctx, providerGlossary, tally);
  const again: SourceUnit[] = [];
  for (const p of first.prepared) {
    const restored = first.restored.get(p.unit.position)!;
    const text = foldText(htmlToText(restored));
    if (p.wire.leftToProvider.some((e) => !text.includes(foldText(e.target)))) again.push(p.unit);
    else out.set(p.unit.position, restored);
  }
  if (again.length > 0) {
    deps.log.info("glossary terms missed by the provider's glossary: translating again with them protected", {
      units: again.length,
    });
    const second = await translateRound(deps, again, ctx, false, tally);
    for (const [position, html] of second.restored) out.set(position, html);
  }
  return out;
}

async function translateRound(
  deps: UnitsDeps,
  units: readonly SourceUnit[],
  ctx: UnitContext,
  providerGlossary: boolean,
  tally: TranslationTally,
): Promise<{ prepared: Prepared[]; restored: Map<number, string> }> {
  const asciiDigits = !keepsNativeDigits(ctx.target);
  const prepared: Prepared[] = units.map((unit) => {
    const wire = toWire(unit.html, { matcher: ctx.matcher, providerGlossary, asciiDigits });
    return { unit, wire, key: memoryKey(ctx.source, ctx.target, wire.wire, wire.applied) };
  });
  const replies = await deps.memory.get([...new Set(prepared.map((p) => p.key))]);
  const reusedChars = prepared
    .filter((p) => replies.has(p.key))
    .reduce((n, p) => n + characters(p.wire.wire), 0);
  const reused = prepared.filter((p) => replies.has(p.key)).length;

  const misses = new Map<string, Prepared>();
  for (const p of prepared) if (!replies.has(p.key) && !misses.has(p.key)) misses.set(p.key, p);
  const queue = [...misses.values()];
  const day = utcDay(deps.clock.now());
  for (let i = 0; i < queue.length; i += deps.translator.maxBatch) {
    const batch = queue.slice(i, i + deps.translator.maxBatch);
    const answers = await sendBatch(deps, batch, ctx, providerGlossary, day, tally);
    batch.forEach((p, j) => {
      replies.set(p.key, answers[j]!);
    });
  }
  if (reused > 0) await deps.memory.addUsage(MEMORY_PROVIDER, day, reused, reusedChars);
  tally.reused += reused;

  const restored = new Map<number, string>();
  for (const p of prepared) {
    const r = fromWire(replies.get(p.key)!, p.wire);
    if (r.lostKeeps.length > 0 || r.lostMarks.length > 0) {
      deps.log.warn("translation lost protected text or formatting", {
        position: p.unit.position,
        lostKeeps: r.lostKeeps.length,
        lostMarks: r.lostMarks.length,
      });
    }
    restored.set(p.unit.position, r.html);
  }
  return { prepared, restored };
}

/** One request to the provider; its answers go into the memory and its size into the usage counts. */
async function sendBatch(
  deps: UnitsDeps,
  batch: readonly Prepared[],
  ctx: UnitContext,
  providerGlossary: boolean,
  day: string,
  tally: TranslationTally,
): Promise<string[]> {
  const answers = await deps.translator.translate({
    source: ctx.source,
    target: ctx.target,
    texts: batch.map((p) => ({ wire: p.wire.wire, kind: p.unit.kind })),
    ...(providerGlossary && ctx.glossaryId ? { glossaryId: ctx.glossaryId } : {}),
  });
  const chars = batch.reduce((n, p) => n + characters(p.wire.wire), 0);
  // One request per unit for providers without batches (maxBatch 1), one per batch otherwise.
  const requests = deps.translator.maxBatch === 1 ? batch.length : 1;
  // Kept at once: if a later batch fails, the next attempt reuses these.
  await deps.memory.put(
    batch.map((p, j) => ({
      key: p.key,
      source_language: ctx.source,
      target_language: ctx.target,
      provider: deps.translator.name,
      target_wire: answers[j]!,
      characters: characters(p.wire.wire),
    })),
    deps.clock.now(),
  );
  await deps.memory.addUsage(deps.translator.name, day, requests, chars);
  tally.sent += batch.length;
  tally.characters += chars;
  tally.requests += requests;
  return answers;
}
