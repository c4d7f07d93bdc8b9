// JSON-LD data blocks (https://www.w3.org/TR/json-ld11/#embedding-json-ld-in-html-documents). The block is
// not script, so the CSP's script-src does not apply; but the HTML parser still ends it at "</script", so
// "<" is written as \u003c (and ">" and "&" too, so no markup of any kind appears in the block). JSON
// parsers read the escapes back as the same characters.

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

function escapeChar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

export function jsonLdScript(data: object): string {
  const json = JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, escapeChar);
  return `<script type="application/ld+json">${json}</script>`;
}
