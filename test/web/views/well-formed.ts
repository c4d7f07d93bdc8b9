// A strict tag-balance check for the documents the views emit. Browsers (and cheerio's parse5) silently repair
// bad markup, which hides mistakes such as a <ul> inside a <p>; this checker reports them instead.

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Elements whose start tag implicitly closes an open <p> (HTML Living Standard, "p" end-tag omission). */
const CLOSES_P = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "details",
  "div",
  "dl",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "search",
  "section",
  "table",
  "ul",
]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'=<>/]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const ID = /\sid="([^"]*)"/;

/** Problems found in `html` (a whole document); empty when it is well-formed. */
export function wellFormednessProblems(html: string): string[] {
  const problems: string[] = [];
  if (!html.startsWith("<!doctype html>")) problems.push("missing <!doctype html> at the start");
  const body = html.replace(/^<!doctype html>/, "").replace(/<!--[\s\S]*?-->/g, "");
  const stack: string[] = [];
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  let last = 0;
  for (const m of body.matchAll(TAG)) {
    const [whole, slash, rawName = "", attrs = "", selfClose] = m;
    if (body.slice(last, m.index).includes("<")) problems.push(`stray "<" in text near offset ${last}`);
    last = m.index + whole.length;
    const name = rawName.toLowerCase();
    if (slash) {
      if (VOID.has(name)) problems.push(`end tag for void element </${name}>`);
      // Close up to the matching start tag, reporting what it leaves open, so one mistake is reported once
      // instead of cascading through every ancestor.
      const at = stack.lastIndexOf(name);
      if (at === -1) problems.push(`stray </${name}>`);
      else for (const open of stack.splice(at).slice(1)) problems.push(`<${open}> left open at </${name}>`);
      continue;
    }
    seen.set(name, (seen.get(name) ?? 0) + 1);
    const id = ID.exec(attrs)?.[1];
    if (id !== undefined) {
      if (ids.has(id)) problems.push(`duplicate id "${id}"`);
      ids.add(id);
    }
    if (VOID.has(name)) continue;
    if (selfClose) problems.push(`self-closed non-void <${name}/> (HTML ignores the slash)`);
    if (CLOSES_P.has(name) && stack.includes("p"))
      problems.push(`<${name}> inside <p> (the parser would close the p)`);
    if (name === "a" && stack.includes("a")) problems.push("<a> inside <a>");
    stack.push(name);
  }
  if (body.slice(last).includes("<")) problems.push("stray '<' after the last tag");
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(" > ")}`);
  for (const unique of ["html", "head", "body", "main", "title", "h1"]) {
    if (seen.get(unique) !== 1) problems.push(`<${unique}> appears ${seen.get(unique) ?? 0} times`);
  }
  return problems;
}
