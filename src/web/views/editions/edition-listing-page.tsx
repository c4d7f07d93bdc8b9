// An edition's home, archive and tag pages: the core listing's parts, in the edition's language, with the
// language switcher and hreflang alternates to the same listing in the other languages.
import { CallToAction } from "../call-to-action.js";
import { feedLinks } from "../feed-links.js";
import { Layout } from "../layout.js";
import { ListItem } from "../list-item.js";
import type { SiteView } from "../models.js";
import { absoluteUrl, type PageMeta, pageTitle } from "../page-meta.js";
import { Pagination } from "../pagination.js";
import { renderDocument } from "../render-document.js";
import { uiText } from "../ui-text.js";
import { renderAlternateLinks } from "./alternate-links.js";
import { editionText } from "./edition-text.js";
import { LanguageSwitcher } from "./language-switcher.js";
import type { EditionListingView } from "./models.js";

export function renderEditionListingPage(site: SiteView, view: EditionListingView): string {
  return renderDocument(<EditionListingPage site={site} view={view} />);
}

function meta(site: SiteView, view: EditionListingView): PageMeta {
  const l = view.listing;
  const title = pageTitle(l.title, site);
  return {
    lang: site.language,
    dir: site.direction,
    title,
    description: l.heading ?? site.title,
    canonicalUrl: absoluteUrl(site, l.canonicalPath),
    feeds: feedLinks(site, l),
    og: { type: "website", title, imageUrl: null },
    noindex: false,
  };
}

function EditionListingPage({ site, view }: { site: SiteView; view: EditionListingView }) {
  const ui = uiText(site.language);
  const text = editionText(site.language);
  const listing = view.listing;
  const firstWithImage = listing.items.find((i) => i.image?.kind === "image");
  // The original listing comes first among the alternates: the default for readers of other languages.
  const original = view.alternates[0];
  return (
    <Layout
      site={site}
      meta={meta(site, view)}
      headExtra={original ? renderAlternateLinks(view.alternates, original.href) : ""}
      header={
        <>
          <LanguageSwitcher alternates={view.alternates} label={text.languages} />
          <CallToAction channels={site.channels} ui={ui} />
        </>
      }
    >
      {listing.heading ? <h1>{listing.heading}</h1> : <h1 class="vh">{site.title}</h1>}
      {listing.items.length > 0 ? (
        <ul class="items">
          {listing.items.map((item) => (
            <ListItem
              item={item}
              showChannel={site.channels.length > 1}
              eagerImage={item === firstWithImage}
            />
          ))}
        </ul>
      ) : (
        <p>{ui.noArticles}</p>
      )}
      <Pagination pagination={listing.pagination} ui={ui} />
    </Layout>
  );
}
