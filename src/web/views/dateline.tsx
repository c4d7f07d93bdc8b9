// The dateline ("Baghdad – People"): where the story was filed and by whom, set apart from the body as wire
// copy does. The pipeline keeps it out of bodyHtml, so it is shown exactly once.
import type { ArticleView } from "../view-models.js";

type Dateline = NonNullable<ArticleView["dateline"]>;

/** "Baghdad – People", or just "Baghdad" when no outlet was named. */
export function datelineText(d: Dateline): string {
  return d.outlet ? `${d.place} – ${d.outlet}` : d.place;
}

/** As its own line before the body (article pages). */
export function DatelineLine({ dateline }: { dateline: Dateline }) {
  return <p class="dateline">{datelineText(dateline)}</p>;
}

/** Inline, leading the summary (listings). */
export function DatelineInline({ dateline }: { dateline: Dateline }) {
  return <span class="dateline">{datelineText(dateline)}</span>;
}
