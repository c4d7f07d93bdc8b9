// The five characters that can change the meaning of HTML text or of a quoted attribute value.
const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

const HTML_SPECIAL = /[&<>"']/g;
const HAS_HTML_SPECIAL = /[&<>"']/;

/** Whether escapeHtml would change the text. */
export function needsEscaping(text: string): boolean {
  return HAS_HTML_SPECIAL.test(text);
}

export function escapeHtml(text: string): string {
  // Most text has none of them: a test costs less than a replace with a callback.
  if (!HAS_HTML_SPECIAL.test(text)) return text;
  return text.replace(HTML_SPECIAL, (char) => HTML_ESCAPES[char] ?? char);
}
