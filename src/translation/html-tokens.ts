// A small tokenizer for the HTML fragments translation handles: the article pipeline's inline markup on
// the way out, and whatever a provider sends back on the way in (so it must survive anything).
// Not a general HTML parser: tags, text and comments, with the entities providers actually produce.

export type HtmlToken =
  | { kind: "text"; text: string }
  | { kind: "open"; name: string; attrs: Record<string, string>; raw: string; selfClosing: boolean }
  | { kind: "close"; name: string };

const TAG =
  /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'=<>/`]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|<!--[\s\S]*?(?:-->|$)/g;
const ATTR = /([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Decodes numeric references and the few named ones above; others stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let cursor = 0;
  const pushText = (raw: string) => {
    if (raw === "") return;
    const text = decodeEntities(raw);
    const last = tokens.at(-1);
    if (last?.kind === "text") last.text += text;
    else tokens.push({ kind: "text", text });
  };
  for (const m of html.matchAll(TAG)) {
    pushText(html.slice(cursor, m.index));
    cursor = m.index + m[0].length;
    if (m[2] === undefined) continue; // a comment
    const name = m[2].toLowerCase();
    if (m[1] === "/") tokens.push({ kind: "close", name });
    else
      tokens.push({
        kind: "open",
        name,
        attrs: parseAttrs(m[3] ?? ""),
        raw: m[0],
        selfClosing: m[4] === "/",
      });
  }
  pushText(html.slice(cursor));
  return tokens;
}

/** The text of an HTML fragment: tags dropped, <br> as a line break, entities decoded. */
export function htmlToText(html: string): string {
  return tokenizeHtml(html)
    .map((t) => (t.kind === "text" ? t.text : t.kind === "open" && t.name === "br" ? "\n" : ""))
    .join("");
}
