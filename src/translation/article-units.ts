// An article as translation units: the headline, the dateline's place and outlet, and each body
// paragraph. Headline and dateline are plain text in the article and travel as escaped HTML like the rest.
import { escapeHtml } from "../articles/html-escape.js";
import { splitBody } from "./body-units.js";
import type { UnitKind } from "./providers/index.js";

export const HEADLINE = -3;
export const DATELINE_PLACE = -2;
export const DATELINE_OUTLET = -1;

export interface SourceUnit {
  /** HEADLINE, DATELINE_PLACE, DATELINE_OUTLET, or the paragraph number (1-based). */
  position: number;
  kind: UnitKind;
  html: string;
}

export interface ArticleText {
  headline: string;
  dateline_place: string | null;
  dateline_outlet: string | null;
  body_html: string;
}

export function articleUnits(a: ArticleText): { units: SourceUnit[]; skeleton: string[] } {
  const units: SourceUnit[] = [{ position: HEADLINE, kind: "headline", html: escapeHtml(a.headline) }];
  if (a.dateline_place)
    units.push({ position: DATELINE_PLACE, kind: "dateline", html: escapeHtml(a.dateline_place) });
  if (a.dateline_outlet)
    units.push({ position: DATELINE_OUTLET, kind: "dateline", html: escapeHtml(a.dateline_outlet) });
  const body = splitBody(a.body_html);
  body.units.forEach((html, i) => {
    units.push({ position: i + 1, kind: "paragraph", html });
  });
  return { units, skeleton: body.skeleton };
}

/** How editors name a unit: "headline", "place", "outlet", or "paragraph N". */
export function unitLabel(position: number): string {
  if (position === HEADLINE) return "headline";
  if (position === DATELINE_PLACE) return "dateline place";
  if (position === DATELINE_OUTLET) return "dateline outlet";
  return `paragraph ${position}`;
}
