// The editors' pages: sign-in, the comment queue (with bulk and per-comment actions, no script needed), the
// edit form and the blocks list. Every form carries the CSRF token.
import { COMMENT_LINK_REL, CommentBlocks } from "../views/comments/comment-body.js";
import { renderDocument } from "../views/render-document.js";
import { AdminLayout } from "./admin-layout.js";
import type { AdminFrame, BlockView, EditView, QueueItemView, QueueView } from "./models.js";

const STATUS_LABELS = { pending: "Pending", approved: "Approved", spam: "Spam", trash: "Trash" } as const;

const Csrf = ({ frame }: { frame: AdminFrame }) => <input type="hidden" name="_csrf" value={frame.csrf} />;

export function renderLoginPage(frame: AdminFrame, username: string): string {
  return renderDocument(
    <AdminLayout frame={frame}>
      <form class="login" method="post" action="/admin/login">
        <Csrf frame={frame} />
        <label for="username">Username</label>
        <input id="username" name="username" type="text" value={username} autocomplete="username" required />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <p>
          <button type="submit" class="primary">
            Sign in
          </button>
        </p>
      </form>
    </AdminLayout>,
  );
}

/** The actions offered on a comment in each status. */
const ROW_ACTIONS: Record<QueueView["status"], { action: string; label: string }[]> = {
  pending: [
    { action: "approve", label: "Approve" },
    { action: "spam", label: "Spam" },
    { action: "trash", label: "Trash" },
  ],
  approved: [
    { action: "unapprove", label: "Unapprove" },
    { action: "spam", label: "Spam" },
    { action: "trash", label: "Trash" },
  ],
  spam: [
    { action: "approve", label: "Not spam: approve" },
    { action: "delete", label: "Delete forever" },
  ],
  trash: [
    { action: "approve", label: "Restore and approve" },
    { action: "unapprove", label: "Restore as pending" },
    { action: "delete", label: "Delete forever" },
  ],
};

export function renderQueuePage(frame: AdminFrame, q: QueueView): string {
  const actions = ROW_ACTIONS[q.status];
  return renderDocument(
    <AdminLayout frame={frame}>
      <ul class="tabs">
        {(["pending", "approved", "spam", "trash"] as const).map((s) => (
          <li>
            <a href={`/admin/comments?status=${s}`} aria-current={s === q.status ? "page" : undefined}>
              {`${STATUS_LABELS[s]} (${q.counts[s]})`}
            </a>
          </li>
        ))}
      </ul>
      {q.items.length === 0 ? (
        <p>No comments here.</p>
      ) : (
        <form method="post" action="/admin/comments/action">
          <Csrf frame={frame} />
          <input type="hidden" name="status" value={q.status} />
          <input type="hidden" name="page" value={String(q.page)} />
          <div class="bulk">
            <label for="bulk-action">With the selected comments:</label>
            <select id="bulk-action" name="bulk_action">
              {actions.map((a) => (
                <option value={a.action}>{a.label}</option>
              ))}
            </select>
            <button type="submit" name="do" value="bulk">
              Apply
            </button>
          </div>
          <table class="queue">
            <thead>
              <tr>
                <th scope="col">
                  <span class="vh">Select</span>
                </th>
                <th scope="col">Author</th>
                <th scope="col">Comment</th>
              </tr>
            </thead>
            <tbody>
              {q.items.map((item) => (
                <QueueRow item={item} actions={actions} />
              ))}
            </tbody>
          </table>
        </form>
      )}
      <nav class="pagination" aria-label="Pages">
        {q.prevUrl ? <a href={q.prevUrl}>Newer</a> : null}
        {q.nextUrl ? (
          <a class="next" href={q.nextUrl}>
            Older
          </a>
        ) : null}
      </nav>
    </AdminLayout>,
  );
}

function QueueRow({ item, actions }: { item: QueueItemView; actions: { action: string; label: string }[] }) {
  return (
    <tr id={`c${item.id}`}>
      <td>
        <input type="checkbox" name="ids" value={String(item.id)} aria-label={`Select comment ${item.id}`} />
      </td>
      <td class="who">
        <b>
          <bdi>{item.authorName}</bdi>
        </b>
        {item.authorEmail ? (
          <small>
            {item.authorEmail} {item.emailVerified ? "(proven)" : "(not proven)"}
          </small>
        ) : null}
        {item.authorUrl ? (
          <small>
            <a href={item.authorUrl} rel={COMMENT_LINK_REL}>
              {item.authorUrl}
            </a>
          </small>
        ) : null}
        <small>{item.identity}</small>
        <small>{item.ip}</small>
        <div class="actions">
          <button type="submit" name="do" value={`block-identity:${item.id}`}>
            Block identity
          </button>
          <button type="submit" name="do" value={`block-ip:${item.id}`}>
            Block IP
          </button>
        </div>
      </td>
      <td class="what">
        <small>
          <time datetime={item.createdIso}>{item.createdDisplay}</time> on{" "}
          <a href={item.articleUrl} dir="auto">
            {item.articleHeadline}
          </a>
          {item.parentId ? ` (a reply to comment ${item.parentId})` : ""}
          {item.permalink ? (
            <>
              {" · "}
              <a href={item.permalink}>View</a>
            </>
          ) : null}
        </small>
        {item.heldReason ? <p class="held">Held: {item.heldReason}</p> : null}
        <div class="comment-content" dir="auto">
          <CommentBlocks blocks={item.body} />
        </div>
        <div class="actions">
          {actions.map((a) => (
            <button
              type="submit"
              name="do"
              value={`${a.action}:${item.id}`}
              class={a.action === "approve" ? "primary" : undefined}
            >
              {a.label}
            </button>
          ))}
          <a href={`/admin/comments/${item.id}/edit`}>Edit</a>
        </div>
      </td>
    </tr>
  );
}

export function renderEditPage(frame: AdminFrame, e: EditView): string {
  return renderDocument(
    <AdminLayout frame={frame}>
      <p>
        On <span dir="auto">{e.articleHeadline}</span> · {e.status}
      </p>
      <form method="post" action={`/admin/comments/${e.id}/edit`}>
        <Csrf frame={frame} />
        <label for="name">Name</label>
        <input id="name" name="name" type="text" value={e.name} maxlength={245} required />
        <label for="url">Website</label>
        <input id="url" name="url" type="url" value={e.url} maxlength={200} />
        <label for="body">Comment</label>
        <textarea id="body" name="body" maxlength={65525} required>
          {e.body}
        </textarea>
        <p>
          <button type="submit" class="primary">
            Save
          </button>{" "}
          <a href={e.backUrl}>Back to the queue</a>
        </p>
      </form>
    </AdminLayout>,
  );
}

export function renderBlocksPage(frame: AdminFrame, blocks: BlockView[]): string {
  return renderDocument(
    <AdminLayout frame={frame}>
      <p>Comments from a blocked identity or IP range are refused; nothing of theirs is stored.</p>
      <form method="post" action="/admin/blocks">
        <Csrf frame={frame} />
        <label for="kind">Block</label>
        <select id="kind" name="kind">
          <option value="ip">an IP address or range (CIDR)</option>
          <option value="identity">an identity (email:… or provider:id)</option>
        </select>
        <label for="value">Value</label>
        <input id="value" name="value" type="text" required placeholder="192.0.2.0/24" />
        <label for="note">Note (for editors)</label>
        <input id="note" name="note" type="text" maxlength={200} />
        <p>
          <button type="submit" class="primary">
            Add block
          </button>
        </p>
      </form>
      {blocks.length === 0 ? (
        <p>Nothing is blocked.</p>
      ) : (
        <table class="queue">
          <thead>
            <tr>
              <th scope="col">Blocked</th>
              <th scope="col">Note</th>
              <th scope="col">Since</th>
              <th scope="col">
                <span class="vh">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {blocks.map((b) => (
              <tr>
                <td>
                  {b.kind === "ip" ? "IP " : ""}
                  <code>{b.value}</code>
                </td>
                <td>{b.note ?? ""}</td>
                <td>{b.createdDisplay}</td>
                <td>
                  <form method="post" action={`/admin/blocks/${b.id}/delete`}>
                    <Csrf frame={frame} />
                    <button type="submit">Remove</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>,
  );
}
