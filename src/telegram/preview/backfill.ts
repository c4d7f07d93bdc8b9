// Walks a channel's public history backwards with `?before=<id>`, the way t.me's own "load more" does,
// for channels Dateline does not administer (and for first imports when no Desktop export is at hand).
import type { PreviewPageSource } from "./client.js";
import type { PreviewPage } from "./parse-page.js";

const FIRST_MESSAGE_ID = 1;

export interface WalkOptions {
  /** Stop once this many posts have been yielded. */
  depth: number;
  /** Stop at this message id: only posts newer than it are yielded (the last one already stored). */
  sinceId?: number;
}

/**
 * Yields pages newest → oldest until `depth` posts, `sinceId`, or the start of the channel is reached.
 * Each yielded page keeps page order (oldest first) and holds only the posts still wanted: newer than
 * `sinceId`, and at most the newest ones that fit in what is left of `depth`.
 */
export async function* walkHistory(
  client: PreviewPageSource,
  channel: string,
  opts: WalkOptions,
): AsyncGenerator<PreviewPage, void, void> {
  let collected = 0;
  let before: number | undefined;
  while (collected < opts.depth) {
    const page = await client.fetchPage(channel, before === undefined ? {} : { before });
    const { sinceId } = opts;
    const fresh = sinceId === undefined ? page.posts : page.posts.filter((p) => p.post.messageId > sinceId);
    const posts = fresh.slice(Math.max(0, fresh.length - (opts.depth - collected)));
    collected += posts.length;
    yield { ...page, posts };

    const next = page.minId;
    // The channel's first message, a page that does not go further back (empty, or `before` ignored),
    // or the last post already stored ends the walk.
    if (next === undefined || next <= FIRST_MESSAGE_ID) return;
    if (before !== undefined && next >= before) return;
    if (sinceId !== undefined && next <= sinceId) return;
    before = next;
  }
}
