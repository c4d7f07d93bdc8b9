// A test site with a few articles, and a small HTTP client that keeps cookies like a browser, for the
// comment tests (in-process app.request, or a real server's URL).

import { urlPathOf } from "../../src/articles/permalink.js";
import type { Db } from "../../src/db/connect.js";
import { importExport } from "../../src/ingest/import-telegram-export.js";
import { exportJson, writeExportDir } from "../helpers/export-builder.js";
import { testApp, testServices } from "../helpers/services.js";

export const POSTED = Date.UTC(2021, 1, 19, 10, 26) / 1000;

export type TestSite = Awaited<ReturnType<typeof commentSite>>;

/** Services with `articles` articles imported (ids in order), on the given database. */
export async function commentSite(db: Db, env: Record<string, string> = {}, articles = 3) {
  const s = await testServices(db, { DATELINE_COMMENTS_MIN_FILL_SECONDS: "2", ...env });
  await s.channels.create({
    username: "riverside",
    title: "Riverside",
    timezone: "Asia/Baghdad",
    language: "en",
    cta: null,
    stripPatterns: [],
  });
  const messages = Array.from({ length: articles }, (_, i) => ({
    id: i + 1,
    date: POSTED + i * 3600,
    text: [`Council publishes budget number ${i + 1}\nBasra – Riverside\n\nThe council met on day ${i + 1}.`],
  }));
  const dir = await writeExportDir(exportJson(messages));
  const r = await importExport(s, { path: dir, channel: "riverside", defaultTimezone: "UTC", worker: false });
  const ids = [...r.createdIds].sort((a, b) => a - b);
  const rows = await Promise.all(ids.map((id) => s.articles.byId(id)));
  const list = rows.map((a) => ({
    id: a!.id,
    url: urlPathOf(a!.path),
    path: a!.path,
    headline: a!.headline,
  }));
  return { s, app: testApp(s), articles: list, clock: s.testClock };
}

type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

/** Cookies by name, updated from Set-Cookie like a browser (path and expiry aside). */
export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly fetcher: Fetcher,
    readonly ip = "203.0.113.7",
  ) {}

  static forApp(
    app: { request: (u: string, i: RequestInit, env?: unknown) => Response | Promise<Response> },
    ip?: string,
  ) {
    const b: Browser = new Browser(
      (url, init) =>
        Promise.resolve(app.request(url, init, { incoming: { socket: { remoteAddress: b.ip } } })),
      ip,
    );
    return b;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    const res = await this.fetcher(url, { redirect: "manual", ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair = "", ...attrs] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attrs.some(
        (a) => /max-age=0\b/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()),
      );
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  get(url: string, headers: Record<string, string> = {}) {
    return this.request(url, { headers });
  }

  post(url: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields))
      for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    return this.request(url, {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    });
  }

  /** The script's way in: a token, then (after the fill time) the post. */
  async token(): Promise<{ csrf: string; stamp: string }> {
    return (await (await this.get("/comments/token")).json()) as { csrf: string; stamp: string };
  }
}

export interface CommentFields {
  articleId: number;
  body: string;
  name?: string;
  email?: string;
  url?: string;
  parentId?: number;
  notify?: boolean;
  remember?: boolean;
}

export function commentForm(
  f: CommentFields,
  token?: { csrf: string; stamp: string },
): Record<string, string> {
  return {
    comment: f.body,
    author: f.name ?? "Amira",
    email: f.email ?? "amira@example.org",
    url: f.url ?? "",
    article_id: String(f.articleId),
    parent_id: String(f.parentId ?? 0),
    topic: "",
    ...(f.notify ? { notify: "1" } : {}),
    ...(f.remember ? { remember: "1" } : {}),
    ...(token ? { _csrf: token.csrf, _ts: token.stamp } : {}),
  };
}
