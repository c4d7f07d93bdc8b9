// What becomes of editors' corrections when an article is translated again. A correction stays as long
// as its source paragraph is unchanged, wherever that paragraph has moved; when the paragraph at its place
// changed, the machine translation of the new text takes over and the correction is set aside for review.
// Pure: the units before and the source units now in, the decision per unit out.

export interface PriorUnit {
  position: number;
  source_hash: string;
  source_html: string;
  human_html: string | null;
  human_by: string | null;
  human_at: number | null;
  review: number;
  review_human_html: string | null;
  review_source_html: string | null;
}

export interface UnitDecision {
  /** The correction to show instead of the machine translation. */
  human: { html: string; by: string | null; at: number | null } | null;
  /** A correction set aside because its source changed, kept for the reviewer. */
  review: { humanHtml: string; sourceHtml: string } | null;
}

export function mergeUnits(
  current: readonly { position: number; sourceHash: string }[],
  prior: readonly PriorUnit[],
): Map<number, UnitDecision> {
  const out = new Map<number, UnitDecision>();
  const corrected = prior.filter((p) => p.human_html !== null);
  const used = new Set<PriorUnit>();
  const atPosition = new Map(prior.map((p) => [p.position, p]));
  // First, corrections whose source is still there: same place preferred, then anywhere.
  for (const pass of ["same", "moved"] as const) {
    for (const c of current) {
      if (out.has(c.position)) continue;
      const match = corrected.find(
        (p) =>
          !used.has(p) && p.source_hash === c.sourceHash && (pass === "moved" || p.position === c.position),
      );
      if (!match) continue;
      used.add(match);
      out.set(c.position, {
        human: { html: match.human_html!, by: match.human_by, at: match.human_at },
        review: null,
      });
    }
  }
  for (const c of current) {
    if (out.has(c.position)) continue;
    const before = atPosition.get(c.position);
    let review: UnitDecision["review"] = null;
    if (before && before.human_html !== null && !used.has(before) && before.source_hash !== c.sourceHash) {
      review = { humanHtml: before.human_html, sourceHtml: before.source_html };
    } else if (before && before.review === 1 && before.review_human_html !== null) {
      // Still waiting for an editor: the flag and what it holds stay.
      review = { humanHtml: before.review_human_html, sourceHtml: before.review_source_html ?? "" };
    }
    out.set(c.position, { human: null, review });
  }
  return out;
}
