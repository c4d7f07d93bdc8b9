// Blocks at /admin/blocks: identities and IP ranges whose comments are refused; adding and removing them.
import { type Context, Hono } from "hono";
import { z } from "zod";
import { parseInput } from "../parse-input.js";
import { type AdminEnv, adminFrame, requireCsrf, requireCsrfForm } from "./admin-session.js";
import { renderBlocksPage } from "./blocks-page.js";
import { BAD_DONE, doneNotice } from "./done-notice.js";
import type { Moderation } from "./from-comments.js";
import { queueQuery } from "./moderation-routes.js";
import { presentBlock } from "./present-block.js";

export interface BlockRouteDeps {
  moderation: Moderation;
  secret: string;
}

const blockForm = z.object({
  _csrf: z.string().max(200).optional(),
  kind: z.enum(["identity", "ip"]),
  value: z.string().min(1).max(300),
  note: z.string().max(200).default(""),
});

export function blockRoutes(d: BlockRouteDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const { moderation } = d;

  app.get("/admin/blocks", async (c) => {
    const q = parseInput(queueQuery, c.req.query(), BAD_DONE);
    return blocksPage(c, d, { notice: doneNotice(q.done, 0) });
  });

  app.post("/admin/blocks", async (c) => {
    const form = parseInput(blockForm, await c.req.parseBody(), "Fill in what to block.");
    requireCsrf(c, d.secret, form._csrf);
    const editor = c.get("editor").username;
    const error = await moderation.block(form.kind, form.value, form.note || null, editor);
    if (error) return blocksPage(c, d, { errors: [error] }, 400);
    return c.redirect("/admin/blocks?done=blocked", 303);
  });

  app.post("/admin/blocks/:id{[0-9]{1,9}}/delete", async (c) => {
    await requireCsrfForm(c, d.secret);
    await moderation.unblock(Number(c.req.param("id")), c.get("editor").username);
    return c.redirect("/admin/blocks?done=unblocked", 303);
  });

  return app;
}

/** The list with the form to add one: after an action its notice, after a refused block why (400). */
async function blocksPage(
  c: Context<AdminEnv>,
  d: BlockRouteDeps,
  extra: { notice?: string | null; errors?: string[] },
  status: 200 | 400 = 200,
) {
  const blocks = await d.moderation.blocks();
  const frame = adminFrame(c, d.secret, "Blocks", extra);
  return c.html(renderBlocksPage(frame, blocks.map(presentBlock)), status);
}
