// Content hashes of the second definition (articles/content-hash.ts: UTF-8 bytes, the long texts hashed
// where an import packs them, no slug). Every stored article gets its hash in that definition, computed
// from its stored fields, which are the fields it was drafted with; a translated edition made from the
// article as it is now follows it, so it is not taken for outdated. Hashes of earlier versions (revisions,
// editions made from an older text) stay as they are: they are only compared with the current one, and
// differ from it in either definition.
import { type Kysely, type Migration, sql } from "kysely";
import { contentHash } from "../../articles/content-hash.js";
import type { Direction } from "../../articles/types.js";
import { parseStringList } from "../../store/json.js";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
type AnyDb = Kysely<any>;

const PAGE = 500;
/** A large database takes a while (about 6 s for 100,000 articles): progress lines on stderr. */
const REPORT_EVERY = 50_000;

function report(line: string): void {
  process.stderr.write(`migration 0009: ${line}\n`);
}

interface StoredArticle {
  id: number;
  headline: string;
  dateline_place: string | null;
  dateline_outlet: string | null;
  body_html: string;
  body_text: string;
  summary: string;
  tags: string;
  language: string;
  direction: string;
  content_hash: string;
}

/** The second definition's hash of a stored article. */
function storedContentHash(a: Omit<StoredArticle, "id" | "content_hash">): string {
  // A dateline always has its place (articles/types.ts): no place, no dateline.
  const dateline = a.dateline_place === null ? null : { place: a.dateline_place, outlet: a.dateline_outlet };
  return contentHash({
    headline: a.headline,
    slug: "",
    dateline,
    bodyHtml: a.body_html,
    bodyText: a.body_text,
    summary: a.summary,
    tags: parseStringList(a.tags),
    language: a.language,
    direction: a.direction as Direction,
  });
}

export function contentHashV2(): Migration {
  return {
    async up(db: AnyDb) {
      const { total } = await db
        .selectFrom("articles")
        .select((eb) => eb.fn.countAll().as("total"))
        .executeTakeFirstOrThrow();
      let done = 0;
      for (let after = 0; ; ) {
        const page: StoredArticle[] = await db
          .selectFrom("articles")
          .select([
            "id",
            "headline",
            "dateline_place",
            "dateline_outlet",
            "body_html",
            "body_text",
            "summary",
            "tags",
            "language",
            "direction",
            "content_hash",
          ])
          .where("id", ">", after)
          .orderBy("id")
          .limit(PAGE)
          .execute();
        if (page.length === 0) break;
        const changed = page
          .map((a) => ({ id: Number(a.id), old: a.content_hash, hash: storedContentHash(a) }))
          .filter((c) => c.hash !== c.old);
        if (changed.length > 0) {
          // One statement a page: per row, a database of a million articles took minutes.
          await db
            .updateTable("articles")
            .set({
              content_hash: sql<string>`CASE id ${sql.join(
                changed.map((c) => sql`WHEN ${c.id} THEN ${c.hash}`),
                sql` `,
              )} END`,
            })
            .where(
              "id",
              "in",
              changed.map((c) => c.id),
            )
            .execute();
          const withEditions = await db
            .selectFrom("editions")
            .select(["article_id", "source_hash"])
            .where(
              "article_id",
              "in",
              changed.map((c) => c.id),
            )
            .execute();
          const byId = new Map(changed.map((c) => [c.id, c]));
          for (const e of withEditions) {
            const c = byId.get(Number(e.article_id));
            if (!c || e.source_hash !== c.old) continue;
            await db
              .updateTable("editions")
              .set({ source_hash: c.hash })
              .where("article_id", "=", c.id)
              .where("source_hash", "=", c.old)
              .execute();
          }
        }
        done += page.length;
        after = Number(page[page.length - 1]!.id);
        if (done % REPORT_EVERY === 0) report(`content hashes: ${done} of ${Number(total)} articles`);
      }
    },
  };
}
