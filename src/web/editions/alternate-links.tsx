// <link rel="alternate" hreflang> for every language version of a page, itself included, plus x-default
// pointing to the original (https://developers.google.com/search/docs/specialty/international/localized-versions).

import { renderFragment } from "../views/index.js";
import type { AlternateView } from "./models.js";

export function AlternateLinks({
  alternates,
  defaultHref,
}: {
  alternates: AlternateView[];
  defaultHref: string;
}) {
  if (alternates.length < 2) return null;
  return (
    <>
      {alternates.map((a) => (
        <link rel="alternate" hreflang={a.lang} href={a.href} />
      ))}
      <link rel="alternate" hreflang="x-default" href={defaultHref} />
    </>
  );
}

/** The same links as trusted HTML, for an article section's head output. */
export function renderAlternateLinks(alternates: AlternateView[], defaultHref: string): string {
  return renderFragment(<AlternateLinks alternates={alternates} defaultHref={defaultHref} />);
}
