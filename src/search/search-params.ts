// The /search query string, validated. Forms send empty fields for unused filters: those read as absent.
import { z } from "zod";

/** Longest query accepted: a query is a few words, and each term costs index work (query.ts caps terms too). */
export const MAX_QUERY_LENGTH = 200;
/** Results per page. */
export const RESULTS_PER_PAGE = 10;
/** Deepest page offered: past it, a reader should narrow the search rather than page on. */
export const MAX_RESULT_PAGES = 50;
const MAX_TAG_LENGTH = 100;
/** Telegram usernames: 5–32 letters, digits and underscores, starting with a letter. */
const USERNAME_RE = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A YYYY-MM-DD date that exists on the calendar (no 2024-02-30). */
export function parseCalendarDate(text: string): CalendarDate | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists && year >= 1970 ? { year, month, day } : null;
}

const blankIsAbsent = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const dateField = (name: string) =>
  z.preprocess(
    blankIsAbsent,
    z
      .string()
      .refine((v) => parseCalendarDate(v) !== null, `${name}: a date as YYYY-MM-DD, e.g. 2024-03-15`)
      .optional(),
  );

export const searchParamsSchema = z
  .object({
    q: z
      .string()
      .max(MAX_QUERY_LENGTH, `Searches are limited to ${MAX_QUERY_LENGTH} characters.`)
      .default("")
      .transform((q) => q.trim()),
    page: z.preprocess(
      blankIsAbsent,
      z.coerce
        .number()
        .int("page: a whole number")
        .min(1, "page: 1 or more")
        .max(MAX_RESULT_PAGES, `page: at most ${MAX_RESULT_PAGES}`)
        .default(1),
    ),
    channel: z.preprocess(
      blankIsAbsent,
      z.string().regex(USERNAME_RE, "channel: a Telegram username").optional(),
    ),
    tag: z.preprocess(
      blankIsAbsent,
      z.string().max(MAX_TAG_LENGTH, `tag: at most ${MAX_TAG_LENGTH} characters`).optional(),
    ),
    from: dateField("from"),
    to: dateField("to"),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    message: "The “from” date must not be after the “to” date.",
  });

export type SearchRequest = z.infer<typeof searchParamsSchema>;

/** Parses the query string; the error message is for the reader (400 page). */
export function parseSearchParams(
  params: Record<string, string>,
): { ok: true; request: SearchRequest } | { ok: false; message: string } {
  const parsed = searchParamsSchema.safeParse(params);
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, message: parsed.error.issues.map((i) => i.message).join(" ") };
}
