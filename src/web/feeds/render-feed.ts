// A feed document in one of the three formats, with its content type.
import { ATOM_CONTENT_TYPE, renderAtom } from "./atom.js";
import type { FeedDocument, FeedFormat } from "./feed-document.js";
import { JSON_FEED_CONTENT_TYPE, renderJsonFeed } from "./json-feed.js";
import { RSS_CONTENT_TYPE, renderRss } from "./rss.js";

const SERIALIZERS: Record<FeedFormat, { render: (d: FeedDocument) => string; contentType: string }> = {
  rss: { render: renderRss, contentType: RSS_CONTENT_TYPE },
  atom: { render: renderAtom, contentType: ATOM_CONTENT_TYPE },
  json: { render: renderJsonFeed, contentType: JSON_FEED_CONTENT_TYPE },
};

export function renderFeed(format: FeedFormat, doc: FeedDocument): { body: string; contentType: string } {
  const s = SERIALIZERS[format];
  return { body: s.render(doc), contentType: s.contentType };
}
