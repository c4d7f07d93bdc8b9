// Listings: the home page, date archives, tag pages. The call to action sits in the masthead here.
import { raw } from "hono/html";
import type { ListingView, SiteView } from "../view-models.js";
import { CallToAction } from "./call-to-action.js";
import { feedLinks } from "./feed-links.js";
import { Layout } from "./layout.js";
import { ListItem } from "./list-item.js";
import { absoluteUrl, type PageMeta, pageTitle } from "./page-meta.js";
import { Pagination } from "./pagination.js";
import { renderDocument } from "./render-document.js";
import { uiText } from "./ui-words.js";

/** Trusted HTML from other features' views: head links, and masthead content before the call to action. */
export interface ListingSlots {
  head?: string;
  masthead?: string;
}

export function renderListingPage(site: SiteView, listing: ListingView, slots: ListingSlots = {}): string {
  return renderDocument(<ListingPage site={site} listing={listing} slots={slots} />);
}

function listingMeta(site: SiteView, l: ListingView): PageMeta {
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

function ListingPage({
  site,
  listing,
  slots,
}: {
  site: SiteView;
  listing: ListingView;
  slots: ListingSlots;
}) {
  const ui = uiText(site.language);
  const showChannel = site.channels.length > 1;
  const firstWithImage = listing.items.find((i) => i.image?.kind === "image");
  return (
    <Layout
      site={site}
      meta={listingMeta(site, listing)}
      {...(slots.head ? { headExtra: slots.head } : {})}
      header={
        <>
          {slots.masthead ? raw(slots.masthead) : null}
          <CallToAction channels={site.channels} ui={ui} />
        </>
      }
    >
      {/* Every page gets an h1; the home page's is the site name, visually carried by the masthead already. */}
      {listing.heading ? <h1>{listing.heading}</h1> : <h1 class="vh">{site.title}</h1>}
      {listing.items.length > 0 ? (
        <ul class="items">
          {listing.items.map((item) => (
            <ListItem item={item} showChannel={showChannel} eagerImage={item === firstWithImage} />
          ))}
        </ul>
      ) : (
        <p>{ui.noArticles}</p>
      )}
      <Pagination pagination={listing.pagination} ui={ui} />
    </Layout>
  );
}
