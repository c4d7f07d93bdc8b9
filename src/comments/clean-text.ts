// Cleaning of what readers type, before it is measured against rules or stored. Nothing here makes HTML:
// comments are kept as plain text and formatted on display (comment-markup.ts).

/** C0 controls except tab and newline, DEL, and C1 controls. PostgreSQL cannot store NUL at all. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/**
 * Bidirectional embeddings, overrides and isolates, and invisible joiners and marks: in a name they can
 * reverse the text around it ("Trojan Source", CVE-2021-42574) or make two names look the same.
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Unpaired surrogates (text cut in the middle of a character) become U+FFFD: UTF-8 cannot encode them. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, "\ufffd");
}

/** Text of a comment: well-formed UTF-16, "\n" line ends, no control or bidi-override characters, NFC. */
export function cleanBody(raw: string): string {
  return wellFormed(raw)
    .replace(/\r\n?/g, "\n")
    .replace(CONTROLS, "")
    .replace(INVISIBLE, "")
    .normalize("NFC")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A one-line value (a name): as above, with every run of whitespace made one space. */
export function cleanLine(raw: string): string {
  return wellFormed(raw)
    .replace(CONTROLS, " ")
    .replace(INVISIBLE, "")
    .normalize("NFC")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Any value headed for a log line or a mail header: no line breaks, so nothing can forge a new line. */
export function oneLine(raw: string, max = 200): string {
  const s = cleanLine(raw);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
