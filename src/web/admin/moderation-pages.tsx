// The comment queue (with bulk and per-comment actions, no script needed) and the edit form.

import { renderDocument } from "../views/index.js";
import { AdminLayout, Csrf } from "./admin-layout.js";
import { COMMENT_LINK_REL, CommentBlocks } from "./from-comments.js";
import type { AdminFrame, EditView, QueueItemView, QueueView } from "./models.js";

const STATUS_LABELS = { pending: "Pending", approved: "Approved", spam: "Spam", trash: "Trash" } as const;

/** The actions offered on a comment in each status. */
interface RowAction {
  action: string;
  label: string;
}

const ROW_ACTIONS: Record<QueueView["status"], RowAction[]> = {
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

function QueueRow({ item, actions }: { item: QueueItemView; actions: RowAction[] }) {
  return (
    <tr id={`c${item.id}`}>
      <td>
        <input type="checkbox" name="ids" value={String(item.id)} aria-label={`Select comment ${item.id}`} />
      </td>
      <WhoCell item={item} />
      <WhatCell item={item} actions={actions} />
    </tr>
  );
}

/** Who wrote it (name, address, website, identity, IP), with the buttons that block them. */
function WhoCell({ item }: { item: QueueItemView }) {
  return (
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
  );
}

/** What it says, where and when, why it was held, and the actions of its status. */
function WhatCell({ item, actions }: { item: QueueItemView; actions: RowAction[] }) {
  return (
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
