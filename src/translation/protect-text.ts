// Protection of what a translator must not touch in running text: addresses, mentions and hashtags kept
// verbatim; glossary terms replaced by the glossary's rendering; numbers and dates kept (in the target's
// digits). Pure: text in, segments out. Each protected segment goes to the provider as a no-translate
// element and is put back by id afterwards (wire-format.ts), so the provider cannot garble it.
import { toAsciiDigits } from "./digits.js";
import { findTerms, type GlossaryEntry, type GlossaryMatcher } from "./glossary-match.js";

export type Segment =
  | { kind: "text"; text: string }
  /** `value` is the plain text to show in the translation. */
  | { kind: "keep"; value: string; reason: "verbatim" | "term" | "number" };

export interface ProtectOptions {
  matcher: GlossaryMatcher;
  /** The provider applies the glossary itself (DeepL): leave it the terms written exactly as listed. */
  providerGlossary: boolean;
  /** Convert digits to ASCII (targets that do not write Arabic-Indic digits). */
  asciiDigits: boolean;
}

export interface Protected {
  segments: Segment[];
  /** Glossary entries found (protected or left to the provider), for the memory key. */
  applied: GlossaryEntry[];
  /** Entries left to the provider's glossary: their target must appear in the translation. */
  leftToProvider: GlossaryEntry[];
}

const VERBATIM =
  /(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?'")\]]|(?<![\p{L}\p{N}_])[@#][\p{L}\p{M}\p{N}_]{2,}/gu;
const DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
const NUMBER = new RegExp(`${DIGIT}+(?:[.,:/\\u066B\\u066C\\u2013-]${DIGIT}+)*[%\\u066A]?`, "gu");

type Pass = (text: string) => Segment[];

function byRegex(regex: RegExp, keep: (match: string) => Segment): Pass {
  return (text) => {
    const out: Segment[] = [];
    let cursor = 0;
    for (const m of text.matchAll(regex)) {
      if (m.index > cursor) out.push({ kind: "text", text: text.slice(cursor, m.index) });
      out.push(keep(m[0]));
      cursor = m.index + m[0].length;
    }
    if (cursor < text.length) out.push({ kind: "text", text: text.slice(cursor) });
    return out;
  };
}

function applyPass(segments: Segment[], pass: Pass): Segment[] {
  return segments.flatMap((s) => (s.kind === "text" ? pass(s.text) : [s]));
}

export function protectText(text: string, opts: ProtectOptions): Protected {
  const applied: GlossaryEntry[] = [];
  const leftToProvider: GlossaryEntry[] = [];
  const terms: Pass = (t) => {
    const out: Segment[] = [];
    let cursor = 0;
    for (const m of findTerms(t, opts.matcher)) {
      applied.push(m.entry);
      const exact = m.keep === "" && t.slice(m.start, m.end) === m.entry.source;
      if (opts.providerGlossary && exact) {
        leftToProvider.push(m.entry);
        continue;
      }
      if (m.start > cursor) out.push({ kind: "text", text: t.slice(cursor, m.start) });
      // The proclitics stay with the text, as a word of their own, for the provider to translate.
      if (m.keep) out.push({ kind: "text", text: `${m.keep} ` });
      out.push({ kind: "keep", value: m.entry.target, reason: "term" });
      cursor = m.end;
    }
    if (cursor < t.length) out.push({ kind: "text", text: t.slice(cursor) });
    return out;
  };
  let segments: Segment[] = [{ kind: "text", text }];
  segments = applyPass(
    segments,
    byRegex(VERBATIM, (v) => ({ kind: "keep", value: v, reason: "verbatim" })),
  );
  segments = applyPass(segments, terms);
  segments = applyPass(
    segments,
    byRegex(NUMBER, (n) => ({
      kind: "keep",
      value: opts.asciiDigits ? toAsciiDigits(n) : n,
      reason: "number",
    })),
  );
  return { segments: segments.filter((s) => s.kind !== "text" || s.text !== ""), applied, leftToProvider };
}
