// The file `dateline translate edit` opens in $EDITOR: every unit of an edition under a "=== name ==="
// line, its source shown beside it in "#|" comment lines. Whatever unit the editor changed becomes a
// correction. Pure: format and parse.
import { DATELINE_OUTLET, DATELINE_PLACE, HEADLINE } from "./article-units.js";
import { htmlToText } from "./html-tokens.js";

export interface EditorUnit {
  position: number;
  /** The unit as it stands (HTML for paragraphs, escaped text for headline and dateline). */
  current: string;
  /** The source unit's HTML, shown for reference. */
  source: string;
}

const NAMES = new Map<number, string>([
  [HEADLINE, "headline"],
  [DATELINE_PLACE, "place"],
  [DATELINE_OUTLET, "outlet"],
]);
const SECTION = /^=== (headline|place|outlet|paragraph (\d+)) ===\s*$/;
const COMMENT = "#|";

function nameOf(position: number): string {
  return NAMES.get(position) ?? `paragraph ${position}`;
}

export function formatEditorFile(title: string, units: EditorUnit[]): string {
  const lines = [
    `${COMMENT} ${title}`,
    `${COMMENT} Change the text under any "===" line; units left as they are stay as they are.`,
    `${COMMENT} Paragraphs may use <strong>, <em> and <a>; a bare <a>…</a> keeps that place's link.`,
    `${COMMENT} Lines starting with ${COMMENT} are ignored.`,
    "",
  ];
  for (const u of units) {
    lines.push(`=== ${nameOf(u.position)} ===`);
    lines.push(`${COMMENT} ${htmlToText(u.source).replace(/\s+/g, " ").trim()}`);
    lines.push(u.current, "");
  }
  return lines.join("\n");
}

/** The text under each section, by position. */
export function parseEditorFile(text: string): Map<number, string> {
  const out = new Map<number, string>();
  let position: number | null = null;
  let body: string[] = [];
  const flush = () => {
    if (position !== null) out.set(position, body.join("\n").trim());
  };
  for (const line of text.split(/\r?\n/)) {
    const m = SECTION.exec(line);
    if (m) {
      flush();
      const name = m[1]!;
      position = m[2]
        ? Number(m[2])
        : name === "headline"
          ? HEADLINE
          : name === "place"
            ? DATELINE_PLACE
            : DATELINE_OUTLET;
      body = [];
    } else if (!line.startsWith(COMMENT) && position !== null) body.push(line);
  }
  flush();
  return out;
}
