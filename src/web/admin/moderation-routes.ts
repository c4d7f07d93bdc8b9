// The comment queue at /admin/comments: one status at a time, single and bulk actions (approve, spam,
// trash, delete, block the identity or the address), and editing a comment.
import { type Context, Hono } from "hono";
import { z } from "zod";
import { DatelineError } from "../../shared/errors.js";
import { parseInput } from "../parse-input.js";
import { type AdminEnv, adminFrame, requireCsrf } from "./admin-session.js";
import { queueUrl } from "./admin-urls.js";
import { BAD_DONE, doneNotice } from "./done-notice.js";
import {
  MAX_BODY_LENGTH,
  MAX_NAME_LENGTH,
  MAX_URL_LENGTH,
  MODERATION_ACTIONS,
  type Moderation,
  type ModerationAction,
} from "./from-comments.js";
import { renderEditPage, renderQueuePage } from "./moderation-pages.js";
import { presentQueueItem } from "./present-queue-item.js";

export interface ModerationRouteDeps {
  moderation: Moderation;
  secret: string;
}

export const STATUSES = ["pending", "approved", "spam", "trash"] as const;

/** The queue's query; also the blocks page's, which reads only `done`. */
export const queueQuery = z.object({
  status: z.enum(STATUSES).catch("pending"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  done: z.string().max(40).optional(),
  n: z.coerce.number().int().min(0).max(100_000).catch(0),
});

/** A row's button: "approve:12", "block-ip:12"… */
const ROW_DO = /^(approve|unapprove|spam|trash|delete|block-identity|block-ip):(\d{1,9})$/;

const actionForm = z.object({
  _csrf: z.string().max(200).optional(),
  do: z.string().max(40),
  bulk_action: z.enum(MODERATION_ACTIONS).optional(),
  ids: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string().regex(/^\d{1,9}$/)).max(500)),
  status: z.enum(STATUSES).catch("pending"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
type ActionForm = z.output<typeof actionForm>;

const editForm = z.object({
  _csrf: z.string().max(200).optional(),
  name: z
    .string()
    .max(MAX_NAME_LENGTH + 100)
    .default(""),
  url: z
    .string()
    .max(MAX_URL_LENGTH + 100)
    .default(""),
  body: z
    .string()
    .max(MAX_BODY_LENGTH + 1000)
    .default(""),
});
type EditValues = Pick<z.output<typeof editForm>, "name" | "url" | "body">;

/** What an action did, for the notice on the page it goes back to. */
interface Done {
  done: string;
  n: number;
}

const COMMENT_ID = ":id{[0-9]{1,9}}";

export function moderationRoutes(d: ModerationRouteDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const { moderation } = d;

  app.get("/admin/comments", async (c) => {
    const q = parseInput(queueQuery, c.req.query(), BAD_DONE);
    const { rows, hasMore } = await moderation.queue(q.status, q.page);
    const frame = adminFrame(c, d.secret, "Comments", { notice: doneNotice(q.done, q.n) });
    return c.html(
      renderQueuePage(frame, {
        status: q.status,
        counts: await moderation.counts(),
        items: rows.map(presentQueueItem),
        page: q.page,
        prevUrl: q.page > 1 ? queueUrl(q.status, q.page - 1) : null,
        nextUrl: hasMore ? queueUrl(q.status, q.page + 1) : null,
      }),
    );
  });

  app.post("/admin/comments/action", async (c) => {
    const form = parseInput(actionForm, await c.req.parseBody({ all: true }), "Unrecognised action.");
    requireCsrf(c, d.secret, form._csrf);
    const editor = c.get("editor").username;
    const { done, n } =
      form.do === "bulk"
        ? await bulkAction(moderation, form, editor)
        : await rowAction(moderation, form, editor);
    return c.redirect(`${queueUrl(form.status, form.page)}&done=${done}&n=${n}`, 303);
  });

  app.get(`/admin/comments/${COMMENT_ID}/edit`, (c) => editPage(c, d, null, []));

  app.post(`/admin/comments/${COMMENT_ID}/edit`, async (c) => {
    const id = Number(c.req.param("id"));
    const form = editForm.safeParse(await c.req.parseBody());
    // A form that does not fit comes back with the reason, as one with a rejected value does.
    if (!form.success) return editPage(c, d, null, ["The form was too long."]);
    requireCsrf(c, d.secret, form.data._csrf);
    const result = await moderation.edit(id, form.data, c.get("editor").username);
    if (!result.ok) return editPage(c, d, form.data, result.errors);
    const row = await moderation.byId(id);
    return c.redirect(`/admin/comments?status=${row?.status ?? "pending"}&done=edited&n=1#c${id}`, 303);
  });

  return app;
}

/** The selected comments, one action. */
async function bulkAction(moderation: Moderation, form: ActionForm, editor: string): Promise<Done> {
  const action = form.bulk_action;
  if (!action) throw new DatelineError("BAD_REQUEST", "Choose an action.");
  return { done: action, n: await moderation.apply(action, form.ids.map(Number), editor) };
}

/** One comment's button: an action on it, or a block of its identity or address. */
async function rowAction(moderation: Moderation, form: ActionForm, editor: string): Promise<Done> {
  const m = ROW_DO.exec(form.do);
  if (!m?.[1] || !m[2]) throw new DatelineError("BAD_REQUEST", "Unrecognised action.");
  const [, what, digits] = m;
  const id = Number(digits);
  if (what !== "block-identity" && what !== "block-ip")
    return { done: what, n: await moderation.apply(what as ModerationAction, [id], editor) };
  const row = await moderation.byId(id);
  if (!row) throw new DatelineError("NOT_FOUND", "No such comment.");
  const error =
    what === "block-identity"
      ? await moderation.block("identity", row.identity, `from comment ${id}`, editor)
      : await moderation.block("ip", row.ip, `from comment ${id}`, editor);
  if (error) throw new DatelineError("BAD_REQUEST", error);
  return { done: what, n: 1 };
}

/** The edit form: the comment as stored, or as just submitted with what was wrong with it (400). */
async function editPage(
  c: Context<AdminEnv>,
  d: ModerationRouteDeps,
  values: EditValues | null,
  errors: string[],
) {
  const id = Number(c.req.param("id"));
  const found = await d.moderation.forEdit(id);
  if (!found) throw new DatelineError("NOT_FOUND", "No such comment.");
  const { row, headline } = found;
  const frame = adminFrame(c, d.secret, `Edit comment ${id}`, { errors });
  return c.html(
    renderEditPage(frame, {
      id,
      status: row.status,
      name: values?.name ?? row.author_name,
      url: values?.url ?? row.author_url ?? "",
      body: values?.body ?? row.body,
      articleHeadline: headline,
      backUrl: `/admin/comments?status=${row.status}#c${id}`,
    }),
    errors.length ? 400 : 200,
  );
}
