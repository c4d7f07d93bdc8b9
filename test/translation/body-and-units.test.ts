import { describe, expect, it } from "vitest";
import {
  articleUnits,
  DATELINE_OUTLET,
  DATELINE_PLACE,
  HEADLINE,
} from "../../src/translation/article-units.js";
import { joinBody, splitBody } from "../../src/translation/body-units.js";
import { bodyTextOf, composeEdition, editionLinks } from "../../src/translation/compose-edition.js";
import { mergeUnits, type PriorUnit } from "../../src/translation/merge-units.js";

const BODY =
  '<p>أول <strong>فقرة</strong></p><blockquote class="expandable"><p>اقتباس</p><p>ثان</p></blockquote><pre><code class="language-js">x &lt;p&gt; y</code></pre><p>أخيرة<br>سطر</p>';

describe("body units", () => {
  it("splits a body into paragraphs in reading order and joins it back unchanged", () => {
    const b = splitBody(BODY);
    expect(b.units).toEqual(["أول <strong>فقرة</strong>", "اقتباس", "ثان", "أخيرة<br>سطر"]);
    expect(joinBody(b.skeleton, b.units)).toBe(BODY);
    expect(joinBody(b.skeleton, ["A", "B", "C", "D"])).toBe(
      '<p>A</p><blockquote class="expandable"><p>B</p><p>C</p></blockquote><pre><code class="language-js">x &lt;p&gt; y</code></pre><p>D</p>',
    );
  });

  it("makes the headline and dateline units of their own, escaped", () => {
    const { units } = articleUnits({
      headline: "عنوان <1>",
      dateline_place: "بغداد",
      dateline_outlet: "الرافد",
      body_html: "<p>نص</p>",
    });
    expect(units.map((u) => [u.position, u.kind, u.html])).toEqual([
      [HEADLINE, "headline", "عنوان &lt;1&gt;"],
      [DATELINE_PLACE, "dateline", "بغداد"],
      [DATELINE_OUTLET, "dateline", "الرافد"],
      [1, "paragraph", "نص"],
    ]);
  });

  it("composes an edition: plain headline and dateline, links into the edition, text and slug", () => {
    const { skeleton } = splitBody('<p>a</p><p><a href="/tag/x/">#x</a> b</p>');
    const e = composeEdition(
      new Map([
        [HEADLINE, "Ministers &amp; <em>generals</em> meet"],
        [DATELINE_PLACE, "Baghdad"],
        [1, "First"],
        [2, '<a href="/tag/x/">#x</a> second'],
      ]),
      skeleton,
      "en",
    );
    expect(e.headline).toBe("Ministers & generals meet");
    expect(e.datelinePlace).toBe("Baghdad");
    expect(e.datelineOutlet).toBeNull();
    expect(e.bodyHtml).toBe('<p>First</p><p><a href="/en/tag/x/">#x</a> second</p>');
    expect(e.bodyText).toBe("First\n\n#x second");
    expect(e.slug).toBe("ministers-generals-meet");
    expect(editionLinks('<a href="https://x.org/tag/y/">', "en")).toBe('<a href="https://x.org/tag/y/">');
    expect(bodyTextOf("<blockquote><p>a</p><p>b</p></blockquote><pre><code>c</code></pre>")).toBe(
      "a\n\nb\n\nc",
    );
  });
});

function prior(
  position: number,
  hash: string,
  human: string | null,
  extra: Partial<PriorUnit> = {},
): PriorUnit {
  return {
    position,
    source_hash: hash,
    source_html: `src-${hash}`,
    human_html: human,
    human_by: human ? "ed" : null,
    human_at: human ? 1 : null,
    review: 0,
    review_human_html: null,
    review_source_html: null,
    ...extra,
  };
}

describe("editors' corrections across a new version", () => {
  it("keeps a correction while its source is unchanged, even when the paragraph moved", () => {
    const d = mergeUnits(
      [
        { position: 1, sourceHash: "new" },
        { position: 2, sourceHash: "a" },
      ],
      [prior(1, "a", "fixed a")],
    );
    expect(d.get(2)?.human?.html).toBe("fixed a");
    expect(d.get(1)).toEqual({ human: null, review: null });
  });

  it("sets a correction aside for review when its paragraph changed", () => {
    const d = mergeUnits([{ position: 3, sourceHash: "b2" }], [prior(3, "b", "fixed b")]);
    expect(d.get(3)).toEqual({ human: null, review: { humanHtml: "fixed b", sourceHtml: "src-b" } });
  });

  it("keeps a pending review flag until an editor acts", () => {
    const flagged = prior(3, "b2", null, {
      review: 1,
      review_human_html: "fixed b",
      review_source_html: "src-b",
    });
    expect(mergeUnits([{ position: 3, sourceHash: "b3" }], [flagged]).get(3)?.review).toEqual({
      humanHtml: "fixed b",
      sourceHtml: "src-b",
    });
  });
});
