// An article body as translation units. Bodies come from the article pipeline (articles/entities-html.ts):
// a sequence of <p>, <blockquote> holding <p>s, and <pre><code> blocks. Each <p>'s content is one unit,
// numbered from 1 in reading order (quotes included); everything around the units, code blocks included,
// is kept verbatim, so the translated body has exactly the original's structure.

export interface BodyUnits {
  /** Markup between units: always units.length + 1 pieces. */
  skeleton: string[];
  /** Inner HTML of each paragraph. */
  units: string[];
}

// The pipeline writes bare <p> tags and escapes every "<" of text, so a <p> inside <pre> cannot occur.
const PARAGRAPH = /<p>([\s\S]*?)<\/p>/g;

export function splitBody(html: string): BodyUnits {
  const skeleton: string[] = [];
  const units: string[] = [];
  let cursor = 0;
  for (const m of html.matchAll(PARAGRAPH)) {
    skeleton.push(`${html.slice(cursor, m.index)}<p>`);
    units.push(m[1] ?? "");
    cursor = m.index + m[0].length - "</p>".length;
  }
  skeleton.push(html.slice(cursor));
  return { skeleton, units };
}

export function joinBody(skeleton: readonly string[], units: readonly string[]): string {
  if (skeleton.length !== units.length + 1) throw new Error("joinBody: skeleton and units do not match");
  let html = skeleton[0] ?? "";
  units.forEach((u, i) => {
    html += u + (skeleton[i + 1] ?? "");
  });
  return html;
}
