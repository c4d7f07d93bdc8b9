// An article → what the search index holds for it: its analysed terms, field by field (analyze.ts),
// and the facts the filters need (channel, time, tags). The indexers analyse before they write, so
// the index stores terms it never has to make itself.

import type { IndexedDocument, SearchDocument } from "../store/search/document.js";
import { analyze } from "./analyze.js";

/**
 * Terms kept from one body. Telegram caps a post at 4,096 characters (a caption at 1,024), but albums
 * merge several; this bounds a pathological one without touching real posts.
 */
export const MAX_BODY_TERMS = 20_000;

export function analyzeDocument(doc: SearchDocument): IndexedDocument {
  const bodyTerms = analyze(doc.place ? `${doc.place}\n${doc.body}` : doc.body);
  return {
    articleId: doc.articleId,
    channelId: doc.channelId,
    publishedAt: doc.publishedAt,
    headlineTerms: analyze(doc.headline),
    bodyTerms: bodyTerms.length > MAX_BODY_TERMS ? bodyTerms.slice(0, MAX_BODY_TERMS) : bodyTerms,
    tags: [...new Set(doc.tags.map((t) => t.toLowerCase()))],
  };
}
