// A unit's HTML as sent to a provider ("wire" form), and the way back.
//
// Out: inline elements keep their names but lose their attributes, which become an id ("<a id="m1">"):
// providers move tags with the words they wrap, and cannot mangle an address they never see. Protected
// text (protect-text.ts) becomes <span translate="no" id="kN">…</span> holding what the translation must
// show. Code is protected whole.
// Back: the reply is read with a tolerant tokenizer and rebuilt from what we trust: text is re-escaped,
// an "mN" tag becomes the original element (attributes and all), a "kN" span becomes its kept text
// whatever the provider did inside it, and every other tag is dropped. So the result is safe, well-formed
// HTML whatever comes back, and the unit's links and emphasis survive where the provider kept the tags.
import { escapeHtml } from "../articles/html-escape.js";
import type { GlossaryEntry } from "./glossary-match.js";
import { tokenizeHtml } from "./html-tokens.js";
import { type ProtectOptions, protectText } from "./protect-text.js";

export interface WireUnit {
  wire: string;
  /** Original opening tags, by mark number - 1. */
  marks: { name: string; open: string }[];
  /** Final HTML of protected runs, by keep number - 1. */
  keeps: string[];
  applied: GlossaryEntry[];
  leftToProvider: GlossaryEntry[];
}

export interface Restored {
  html: string;
  /** Keep numbers (1-based) the reply lost. */
  lostKeeps: number[];
  /** Mark numbers (1-based) the reply lost: formatting that did not survive. */
  lostMarks: number[];
}

const CODE = "code";

export function toWire(html: string, opts: ProtectOptions): WireUnit {
  const unit: WireUnit = { wire: "", marks: [], keeps: [], applied: [], leftToProvider: [] };
  const keep = (value: string) => {
    unit.keeps.push(escapeHtml(value));
    return `<span translate="no" id="k${unit.keeps.length}">${escapeHtml(value)}</span>`;
  };
  let codeDepth = 0;
  for (const t of tokenizeHtml(html)) {
    if (t.kind === "text") {
      if (codeDepth > 0) {
        unit.wire += keep(t.text);
        continue;
      }
      const p = protectText(t.text, opts);
      unit.applied.push(...p.applied);
      unit.leftToProvider.push(...p.leftToProvider);
      for (const s of p.segments) unit.wire += s.kind === "text" ? escapeHtml(s.text) : keep(s.value);
    } else if (t.kind === "open") {
      if (t.name === "br") {
        unit.wire += "<br>";
        continue;
      }
      if (t.name === CODE) codeDepth++;
      unit.marks.push({ name: t.name, open: t.raw });
      unit.wire += `<${t.name} id="m${unit.marks.length}">`;
    } else {
      if (t.name === CODE) codeDepth = Math.max(0, codeDepth - 1);
      unit.wire += `</${t.name}>`;
    }
  }
  return unit;
}

function idNumber(id: string | undefined, prefix: "m" | "k"): number | null {
  const m = id ? new RegExp(`^${prefix}([0-9]{1,4})$`).exec(id) : null;
  return m ? Number(m[1]) : null;
}

export function fromWire(reply: string, unit: WireUnit): Restored {
  let html = "";
  const stack: string[] = [];
  const usedKeeps = new Set<number>();
  const usedMarks = new Set<number>();
  let skipDepth = 0;
  for (const t of tokenizeHtml(reply)) {
    if (skipDepth > 0) {
      // Inside a kept span: whatever the provider wrote there is replaced by the kept text.
      if (t.kind === "open" && t.name === "span" && !t.selfClosing) skipDepth++;
      if (t.kind === "close" && t.name === "span") skipDepth--;
      continue;
    }
    if (t.kind === "text") {
      html += escapeHtml(t.text);
      continue;
    }
    if (t.kind === "close") {
      const at = stack.lastIndexOf(t.name);
      if (at === -1) continue;
      while (stack.length > at) html += `</${stack.pop()}>`;
      continue;
    }
    if (t.name === "br") {
      html += "<br>";
      continue;
    }
    const k = idNumber(t.attrs.id, "k");
    const keep = k !== null ? unit.keeps[k - 1] : undefined;
    if (k !== null && keep !== undefined) {
      html += keep;
      usedKeeps.add(k);
      if (!t.selfClosing) skipDepth = 1;
      continue;
    }
    const m = idNumber(t.attrs.id, "m");
    const mark = m !== null ? unit.marks[m - 1] : undefined;
    if (m !== null && mark && mark.name === t.name && !t.selfClosing) {
      html += mark.open;
      stack.push(t.name);
      usedMarks.add(m);
    }
    // Any other tag is dropped; its text still comes through, escaped.
  }
  while (stack.length > 0) html += `</${stack.pop()}>`;
  const lost = (n: number, used: Set<number>) =>
    Array.from({ length: n }, (_, i) => i + 1).filter((i) => !used.has(i));
  return {
    html: html.trim(),
    lostKeeps: lost(unit.keeps.length, usedKeeps),
    lostMarks: lost(unit.marks.length, usedMarks),
  };
}
