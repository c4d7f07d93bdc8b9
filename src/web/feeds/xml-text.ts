// Text and attribute values for XML 1.0 documents (feeds, sitemaps).

/**
 * In one pass: the five characters with meaning in markup, and the characters XML 1.0 forbids outright
 * (§2.2 Char): C0 controls other than tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF.
 * Telegram text can carry those; one would make the whole document ill-formed, so they are dropped.
 */
const SPECIAL =
  /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Escapes text for element content or a quoted attribute value. */
export function xmlEscape(text: string): string {
  return text.replace(SPECIAL, (c) => XML_ESCAPES[c] ?? "");
}

/** `<name>text</name>`, escaped; nothing when the value is null. */
export function xmlElement(name: string, text: string | null): string {
  return text === null ? "" : `<${name}>${xmlEscape(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
