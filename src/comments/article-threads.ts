// The comments of an article page, as data (the article-page section in web/comments renders them): the
// approved threads of the asked comment page, this browser's own comments awaiting moderation, the count,
// and what the reply form needs (whether comments are open, the comment replied to, the signed-in reader,
// whether email notifications can be offered).
import type { ReaderAuth, ReaderIdentity, SignInOption } from "../auth/reader-identity.js";
import type { ArticleRow, CommentRow } from "../db/tables/index.js";
import type { Clock } from "../shared/clock.js";
import type { CommentStore } from "../store/comments/comment-store.js";
import type { CommentPolicy } from "./comment-policy.js";
import { commentsOpen, depthPermitsReply, pageOfRoot } from "./thread-rules.js";
import { type ThreadComment, threadTree } from "./thread-tree.js";

export interface ThreadQuery {
  article: Pick<ArticleRow, "id" | "published_at">;
  /** The comment page asked for (?cpage=), null for the first; past the last, the last is shown. */
  page: number | null;
  /** The comment a reply is asked for (?replytocom=), null for none. */
  replyTo: number | null;
  /** Set when the page is made for one browser (it has a dl_* cookie); null for the shared page. */
  personal: PersonalQuery | null;
}

export interface PersonalQuery {
  /** The browser's cookies, for its signed-in reader. */
  cookies: Record<string, string>;
  /** Its own recent comments (from its signed cookie): those awaiting moderation are shown to it. */
  ownIds: readonly number[];
}

export interface ReplyTarget {
  id: number;
  name: string;
}

export interface ThreadForm {
  replyTo: ReplyTarget | null;
  reader: ReaderIdentity | null;
  /** Email about new comments: the site can send mail, and a signed-in reader's provider gave an address. */
  notifyAvailable: boolean;
}

export interface ArticleThread {
  /** Published comments on the article. */
  count: number;
  page: number;
  pages: number;
  open: boolean;
  comments: ThreadComment[];
  /** Configured sign-in providers, in display order. */
  signInOptions: SignInOption[];
  /** What the reply form needs; null when comments are closed. */
  form: ThreadForm | null;
}

export interface ThreadDeps {
  comments: CommentStore;
  policy: CommentPolicy;
  clock: Clock;
  readerAuth: ReaderAuth;
  /** Whether the site can send mail (reply notifications need it). */
  mailEnabled: () => boolean;
}

export class ArticleThreads {
  constructor(private readonly d: ThreadDeps) {}

  async thread(q: ThreadQuery): Promise<ArticleThread> {
    const { policy, comments } = this.d;
    const articleId = q.article.id;
    const open = commentsOpen(q.article.published_at, this.d.clock.now(), policy.closeAfterDays);

    const roots = await comments.rootCount(articleId);
    const own = q.personal ? await this.ownPending(articleId, q.personal.ownIds) : [];
    let pages = Math.max(1, Math.ceil(roots / policy.perPage));
    for (const o of own) pages = Math.max(pages, o.page);
    const page = Math.min(q.page ?? 1, pages);

    const rows = await comments.threadPage(articleId, (page - 1) * policy.perPage, policy.perPage);
    const rootsHere = new Set(rows.map((r) => r.root_id));
    for (const o of own) {
      if (o.row.parent_id === null ? o.page === page : rootsHere.has(o.row.root_id)) rows.push(o.row);
    }
    const canReply = (r: CommentRow) =>
      open && r.status === "approved" && depthPermitsReply(r.depth, policy.maxDepth);

    const replyTo = q.replyTo !== null ? await this.replyTarget(q.replyTo, articleId) : null;
    const form = open ? await this.form(q.personal, replyTo) : null;
    const count = (await comments.approvedCounts([articleId])).get(articleId) ?? 0;
    return {
      count,
      page,
      pages,
      open,
      comments: threadTree(rows, canReply),
      signInOptions: this.d.readerAuth.options(),
      form,
    };
  }

  /** The comment a reply form answers, when it can be answered. */
  async replyTarget(parentId: number, articleId: number): Promise<ReplyTarget | null> {
    const p = await this.d.comments.byId(parentId);
    if (
      !p ||
      p.article_id !== articleId ||
      p.status !== "approved" ||
      !depthPermitsReply(p.depth, this.d.policy.maxDepth)
    )
      return null;
    return { id: p.id, name: p.author_name };
  }

  private async form(personal: PersonalQuery | null, replyTo: ReplyTarget | null): Promise<ThreadForm> {
    let notifyAvailable = this.d.mailEnabled();
    const reader = personal ? await this.d.readerAuth.currentReader(personal.cookies) : null;
    // Email about new comments needs an address: a signed-in reader's provider may give none (Telegram).
    if (reader) notifyAvailable &&= reader.email !== null;
    return { replyTo, reader, notifyAvailable };
  }

  /** This browser's own comments on the article that await moderation, with the page each belongs on. */
  private async ownPending(
    articleId: number,
    ids: readonly number[],
  ): Promise<{ row: CommentRow; page: number }[]> {
    const rows = (await this.d.comments.byIds(ids)).filter(
      (r) => r.article_id === articleId && r.status === "pending",
    );
    const out: { row: CommentRow; page: number }[] = [];
    for (const row of rows) {
      out.push({
        row,
        page: pageOfRoot(await this.d.comments.rootsBefore(articleId, row.root_id), this.d.policy.perPage),
      });
    }
    return out;
  }
}
