// Telegram post (or album) → ArticleDraft: the whole pure pipeline, step by step. No I/O.
import { captionOf } from "./album-text.js";
import { splitHead } from "./article-head.js";
import { blocksToText, splitBlocks } from "./blocks.js";
import { contentHash } from "./content-hash.js";
import { blocksToHtml } from "./entities-html.js";
import { fallbackHeadline } from "./fallback-headline.js";
import { withHashtagEntities } from "./hashtag.js";
import { detectLanguageOfParts, directionOf } from "./language.js";
import { removePromoLines } from "./promo.js";
import { slugify } from "./slug.js";
import { summarize } from "./summary.js";
import { collectTags, hashtagTags, removeTagLines } from "./tags.js";
import type { ArticleDraft, ArticleInput } from "./types.js";

/**
 * With `hash: false` the draft's contentHash is left empty, for a caller that hashes the texts once they
 * are UTF-8 anyway (an import's prepare worker: pack-batch.ts).
 */
export function buildArticle(input: ArticleInput, opts: { hash?: boolean } = {}): ArticleDraft {
  const { posts, channel } = input;
  // Hashtags first become entities, so every later step (tag lines, links) sees them the same way.
  const text = removePromoLines(withHashtagEntities(captionOf(posts)), channel);
  // Tags are read before the tag line goes: that line is where most of them are.
  const hashtags = hashtagTags(text);
  const head = splitHead(removeTagLines(text));

  const blocks = splitBlocks(head.body);
  const bodyText = blocksToText(head.body.text, blocks);
  // Without letters (a photo alone) this is the channel's language, which also names the fallback headline.
  const language = detectLanguageOfParts([head.headline, bodyText], channel.language);

  let headline = head.headline;
  let slug = slugify(headline);
  if (headline === "") {
    // Nothing to read a headline from: see fallback-headline.ts. Generic labels ("Photo") take the
    // message id into the slug, or every photo post would compete for one URL.
    const fallback = fallbackHeadline(posts, language);
    headline = fallback.headline;
    const messageId = posts[0]?.messageId;
    slug = slugify(fallback.generic && messageId !== undefined ? `${headline} ${messageId}` : headline);
  }

  const draft: ArticleDraft = {
    headline,
    slug,
    dateline: head.dateline,
    bodyHtml: blocksToHtml(head.body, blocks),
    bodyText,
    summary: summarize(bodyText),
    tags: collectTags(hashtags, head.dateline),
    language,
    direction: directionOf(language),
    contentHash: "",
  };
  // The hash reads every field but its own.
  if (opts.hash !== false) draft.contentHash = contentHash(draft);
  return draft;
}
