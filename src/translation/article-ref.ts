// Finds an article from what an editor types: a permalink (URL or path) of the original or of an edition
// (/en/2021/02/19/slug/), or "<channel>/<message id>".
import type { ArticleRow } from "../db/tables/index.js";
import { DatelineError } from "../shared/errors.js";
import type { ArticleStore } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import type { EditionStore } from "../store/translation/index.js";

export interface ArticleRef {
  article: ArticleRow;
  /** The edition's language when the reference was an edition's address. */
  language?: string;
}

export async function findArticleRef(
  s: { articles: ArticleStore; channels: ChannelStore; editions: EditionStore },
  ref: string,
): Promise<ArticleRef> {
  const byMessage = /^@?([A-Za-z][A-Za-z0-9_]{3,31})\/(\d+)$/.exec(ref);
  if (byMessage) {
    const channel = await s.channels.byUsername(byMessage[1]!);
    if (!channel) throw new DatelineError("NOT_FOUND", `no channel @${byMessage[1]}`);
    const article = await s.articles.byMessage(channel.id, Number(byMessage[2]));
    if (!article)
      throw new DatelineError(
        "NOT_FOUND",
        `no article holds message ${byMessage[2]} of @${channel.username}`,
      );
    return { article };
  }
  let pathname = ref;
  try {
    pathname = new URL(ref).pathname;
  } catch {
    // a path
  }
  const m = /^\/?(?:([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\/)?(\d{4}\/\d{2}\/\d{2}\/[^/]+)\/?$/.exec(pathname);
  if (!m)
    throw new DatelineError(
      "USAGE",
      `"${ref}" is neither a permalink (/YYYY/MM/DD/slug/) nor <channel>/<message id>`,
    );
  let key = m[2]!;
  try {
    key = decodeURIComponent(key);
  } catch {
    // as given
  }
  const language = m[1];
  if (language) {
    const e = await s.editions.byPath(language, key);
    const article = e ? await s.articles.byId(e.article_id) : undefined;
    if (!article) throw new DatelineError("NOT_FOUND", `no ${language} edition at ${pathname}`);
    return { article, language };
  }
  const article = await s.articles.byPath(key);
  if (!article) throw new DatelineError("NOT_FOUND", `no article at ${pathname}`);
  return { article };
}
