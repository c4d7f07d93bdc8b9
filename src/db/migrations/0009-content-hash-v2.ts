// Content hashes of the second definition (articles/content-hash.ts: UTF-8 bytes, the long texts hashed
// where an import packs them, no slug). Every stored article gets its hash in that definition, computed
// from its stored fields, which are the fields it was drafted with; a translated edition made from the
// article as it is now follows it, so it is not taken for outdated. Hashes of earlier versions (revisions,
// editions made from an older text) stay as they are: they are only compared with the current one, and
// differ from it in either definition.
import type { Kysely, Migration } from "kysely";
import { contentHash } from "../../articles/content-hash.js";
import type { Direction } from "../../articles/types.js";
import { parseStringList } from "../../store/json.js";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
type AnyDb = Kysely<any>;

const PAGE = 500;

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
export function storedContentHash(a: Omit<StoredArticle, "id" | "content_hash">): string {
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
        if (page.length === 0) return;
        for (const a of page) {
          const hash = storedContentHash(a);
          if (hash === a.content_hash) continue;
          await db.updateTable("articles").set({ content_hash: hash }).where("id", "=", a.id).execute();
          await db
            .updateTable("editions")
            .set({ source_hash: hash })
            .where("article_id", "=", a.id)
            .where("source_hash", "=", a.content_hash)
            .execute();
        }
        after = Number(page[page.length - 1]!.id);
      }
    },
  };
}
