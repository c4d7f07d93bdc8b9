// The "Editions" section at /admin/editions: recent articles' editions, correcting one edition unit by unit
// beside its original, and the corrections flagged for review because their source changed.
import { type Context, Hono } from "hono";
import { z } from "zod";
import { type EditionDesk, isEditionLanguage } from "../../admin/index.js";
import { DatelineError } from "../../shared/errors.js";
import { parseInput } from "../parse-input.js";
import { type AdminEnv, adminFrame, requireCsrf } from "./admin-session.js";
import { editionEditUrl } from "./admin-urls.js";
import { BAD_DONE, doneNotice } from "./done-notice.js";
import { renderEditionEditPage, renderEditionsPage, renderReviewsPage } from "./edition-pages.js";
import { presentArticleEditions } from "./present-article-editions.js";
import { presentEdition } from "./present-edition.js";
import { presentReview } from "./present-review.js";

export interface EditionRouteDeps {
  desk: EditionDesk;
  secret: string;
}

const EDITIONS_PER_PAGE = 20;
/** A unit's field in the edition form: u_-3 (headline), u_-2, u_-1, u_1… */
const UNIT_FIELD = /^u_(-[1-3]|[1-9][0-9]{0,4})$/;
const MAX_UNIT_LENGTH = 20_000;
const EDITION = "/admin/editions/:id{[0-9]{1,9}}/:lang{[a-z0-9-]{2,35}}";

const editionsQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  done: z.string().max(40).optional(),
  n: z.coerce.number().int().min(0).max(100_000).catch(0),
});

const reviewForm = z.object({
  _csrf: z.string().max(200).optional(),
  article_id: z.coerce.number().int().min(1).max(2_147_483_647),
  language: z.string().max(35).refine(isEditionLanguage),
  position: z.coerce.number().int().min(-3).max(99_999),
});

const parseEditionsQuery = (c: Context) => parseInput(editionsQuery, c.req.query(), BAD_DONE);

export function editionRoutes(d: EditionRouteDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const { desk } = d;

  app.get("/admin/editions", async (c) => {
    const q = parseEditionsQuery(c);
    const { items, hasMore } = await desk.recent(q.page, EDITIONS_PER_PAGE);
    const url = (page: number) => `/admin/editions?page=${page}`;
    const frame = adminFrame(c, d.secret, "Editions", { notice: doneNotice(q.done, q.n) });
    return c.html(
      renderEditionsPage(frame, {
        articles: items.map(presentArticleEditions),
        reviewCount: (await desk.reviews()).length,
        prevUrl: q.page > 1 ? url(q.page - 1) : null,
        nextUrl: hasMore ? url(q.page + 1) : null,
      }),
    );
  });

  app.get("/admin/editions/reviews", async (c) => {
    const q = parseEditionsQuery(c);
    const items = await desk.reviews();
    const title = "Corrections flagged for review";
    const frame = adminFrame(c, d.secret, title, { notice: doneNotice(q.done, q.n) });
    return c.html(renderReviewsPage(frame, items.map(presentReview)));
  });

  app.post("/admin/editions/reviews", async (c) => {
    const form = parseInput(reviewForm, await c.req.parseBody(), "Unrecognised unit.");
    requireCsrf(c, d.secret, form._csrf);
    if (!(await desk.resolve(form.article_id, form.language, form.position)))
      throw new DatelineError("NOT_FOUND", "That unit is not flagged for review.");
    return c.redirect("/admin/editions/reviews?done=accepted", 303);
  });

  app.get(EDITION, (c) => editionPage(c, d, null, []));

  app.post(EDITION, async (c) => {
    const body = await c.req.parseBody();
    requireCsrf(c, d.secret, body._csrf);
    const submitted = submittedUnits(body);
    if (!submitted) return editionPage(c, d, null, ["A unit was too long."]);
    const articleId = Number(c.req.param("id"));
    const language = c.req.param("lang");
    const { saved, errors } = await desk.save(articleId, language, submitted, c.get("editor").username);
    if (errors.length > 0) return editionPage(c, d, submitted, errors);
    const done = saved > 0 ? `done=corrected&n=${saved}` : "done=unchanged";
    return c.redirect(`${editionEditUrl(articleId, language)}?${done}`, 303);
  });

  return app;
}

/** The units' texts by position (fields u_<position>), or null when one is too long. */
function submittedUnits(body: Record<string, unknown>): Map<number, string> | null {
  const submitted = new Map<number, string>();
  for (const [k, v] of Object.entries(body)) {
    const m = UNIT_FIELD.exec(k);
    if (!m?.[1] || typeof v !== "string") continue;
    if (v.length > MAX_UNIT_LENGTH) return null;
    submitted.set(Number(m[1]), v);
  }
  return submitted;
}

/** One edition's correcting page; with errors, the submitted texts come back beside them (400). */
async function editionPage(
  c: Context<AdminEnv>,
  d: EditionRouteDeps,
  submitted: Map<number, string> | null,
  errors: string[],
) {
  const articleId = Number(c.req.param("id"));
  const language = c.req.param("lang") ?? "";
  const found = isEditionLanguage(language) ? await d.desk.edition(articleId, language) : null;
  if (!found) throw new DatelineError("NOT_FOUND", "No such edition (the translation may still be pending).");
  const q = parseEditionsQuery(c);
  const title = `The ${language} edition of article ${articleId}`;
  const notice = errors.length ? null : doneNotice(q.done, q.n);
  return c.html(
    renderEditionEditPage(
      adminFrame(c, d.secret, title, { errors, notice }),
      presentEdition(found, articleId, language, submitted),
    ),
    errors.length ? 400 : 200,
  );
}
