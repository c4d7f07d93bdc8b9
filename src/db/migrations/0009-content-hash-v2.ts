// Content hashes of the second definition (UTF-8 bytes, the long texts first, no slug). Every stored article
// gets its hash in that definition, computed from its stored fields, which are the fields it was drafted
// with; a translated edition made from the article as it is now follows it, so it is not taken for
// outdated. Hashes of earlier versions (revisions, editions made from an older text) stay as they are: they
// are only compared with the current one, and differ from it in either definition.
//
// The definition is written out here rather than imported: a migration must compute what it computed the
// day it was written, whatever articles/content-hash.ts becomes. A test checks that the two still agree
// while version 2 is current.
import { createHash } from "node:crypto";
import { type Kysely, type Migration, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
type AnyDb = Kysely<any>;

const PAGE = 500;
/** A large database takes a while (a minute or more for millions of articles): progress lines on stderr. */
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

/** Tags are stored as a JSON array of strings; anything else counts as none. */
function storedTags(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/**
 * The second definition's hash of a stored article: SHA-256 of the body's HTML, its text and the summary
 * as UTF-8, then "\n" and the JSON header ["content-v2", headline, place, outlet, language, direction,
 * tags, and the three texts' byte lengths].
 */
function storedContentHash(a: Omit<StoredArticle, "id" | "content_hash">): string {
  // A dateline always has its place: no place, no dateline (and no outlet).
  const place = a.dateline_place;
  const header = JSON.stringify([
    "content-v2",
    a.headline,
    place,
    place === null ? null : a.dateline_outlet,
    a.language,
    a.direction,
    storedTags(a.tags),
    Buffer.byteLength(a.body_html),
    Buffer.byteLength(a.body_text),
    Buffer.byteLength(a.summary),
  ]);
  return createHash("sha256")
    .update(a.body_html)
    .update(a.body_text)
    .update(a.summary)
    .update(`\n${header}`)
    .digest("hex");
}

/** One page of articles after the id `after`, in id order. */
function readPage(db: AnyDb, after: number): Promise<StoredArticle[]> {
  return db
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
}

interface Changed {
  id: number;
  old: string;
  hash: string;
}

/** Writes a page's new hashes, and moves the editions made from the current text along with them. */
async function writePage(db: AnyDb, changed: Changed[]): Promise<void> {
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

export function contentHashV2(): Migration {
  return {
    async up(db: AnyDb) {
      const { total } = await db
        .selectFrom("articles")
        .select((eb) => eb.fn.countAll().as("total"))
        .executeTakeFirstOrThrow();
      let done = 0;
      for (let after = 0; ; ) {
        const page = await readPage(db, after);
        if (page.length === 0) break;
        const changed = page
          .map((a) => ({ id: Number(a.id), old: a.content_hash, hash: storedContentHash(a) }))
          .filter((c) => c.hash !== c.old);
        if (changed.length > 0) await writePage(db, changed);
        done += page.length;
        after = Number(page[page.length - 1]!.id);
        if (done % REPORT_EVERY === 0) report(`content hashes: ${done} of ${Number(total)} articles`);
      }
    },
  };
}
