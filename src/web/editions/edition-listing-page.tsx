// An edition's home, archive and tag pages: the core listing page in the edition's language, with the
// language switcher in the masthead and hreflang alternates to the same listing in the other languages.
import { renderFragment, renderListingPage, type SiteView } from "../views/index.js";
import { renderAlternateLinks } from "./alternate-links.js";
import { editionText } from "./edition-words.js";
import { LanguageSwitcher } from "./language-switcher.js";
import type { EditionListingView } from "./models.js";

export function renderEditionListingPage(site: SiteView, view: EditionListingView): string {
  const text = editionText(site.language);
  // The original listing comes first among the alternates: the default for readers of other languages.
  const original = view.alternates[0];
  return renderListingPage(site, view.listing, {
    head: original ? renderAlternateLinks(view.alternates, original.href) : "",
    masthead: renderFragment(<LanguageSwitcher alternates={view.alternates} label={text.languages} />),
  });
}
