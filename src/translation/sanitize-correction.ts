// An editor's corrected paragraph, made safe: text is escaped, and only the inline markup the article
// pipeline itself produces is kept. A link may be written with an address (http, https, mailto, tg, or a
// path on this site) or as a bare <a>…</a>, which takes the address of the paragraph's link at that
// place, so an editor can reword around links without copying addresses. Pure.
import { safeUrl } from "../articles/entity-links.js";
import { escapeHtml } from "../articles/html-escape.js";
import { tokenizeHtml } from "./html-tokens.js";

const SIMPLE = new Map([
  ["strong", "strong"],
  ["b", "strong"],
  ["em", "em"],
  ["i", "em"],
  ["u", "u"],
  ["s", "s"],
  ["code", "code"],
  ["q", "q"],
]);

/** Opening <a> tags of a paragraph, in order. */
function linksOf(html: string): string[] {
  return tokenizeHtml(html).flatMap((t) => (t.kind === "open" && t.name === "a" ? [t.raw] : []));
}

function linkTag(href: string): string | null {
  if (/^\/(?!\/)/.test(href)) return `<a href="${escapeHtml(href)}">`;
  const url = safeUrl(href);
  return url ? `<a href="${escapeHtml(url)}" rel="noopener">` : null;
}

/** `reference` is the paragraph as it stands (its links are reused by bare <a> tags). */
export function sanitizeCorrection(input: string, reference: string): string {
  const links = linksOf(reference);
  let nthLink = 0;
  let html = "";
  const stack: string[] = [];
  for (const t of tokenizeHtml(input.trim())) {
    if (t.kind === "text") {
      html += escapeHtml(t.text.replace(/\s*\r?\n\s*/g, " "));
      continue;
    }
    if (t.kind === "close") {
      const name = t.name === "a" ? "a" : t.name === "span" ? "span" : SIMPLE.get(t.name);
      if (!name) continue;
      const at = stack.lastIndexOf(name);
      if (at === -1) continue;
      while (stack.length > at) html += `</${stack.pop()}>`;
      continue;
    }
    if (t.name === "br") {
      html += "<br>";
      continue;
    }
    const simple = SIMPLE.get(t.name);
    let open: string | null = null;
    let name = t.name;
    if (simple) {
      open = `<${simple}>`;
      name = simple;
    } else if (t.name === "span" && (t.attrs.class ?? "").split(/\s+/).includes("spoiler")) {
      open = '<span class="spoiler">';
    } else if (t.name === "a") {
      const given = t.attrs.href;
      open = given !== undefined ? linkTag(given) : (links[nthLink] ?? null);
      nthLink++;
    }
    if (open === null || t.selfClosing) continue;
    html += open;
    stack.push(name);
  }
  while (stack.length > 0) html += `</${stack.pop()}>`;
  return html;
}

/** Headlines and datelines are plain text: a correction of them keeps only its text. */
export function plainCorrection(input: string): string {
  const text = tokenizeHtml(input)
    .map((t) => (t.kind === "text" ? t.text : ""))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  return escapeHtml(text);
}
