// The frame of the editors' pages: never cached, never indexed, no script. Every form carries the CSRF token.
import type { Child } from "hono/jsx";
import { SITE_CSS_PATH } from "../views/index.js";
import { ADMIN_CSS_PATH } from "./admin-css.js";
import type { AdminFrame } from "./models.js";

export const Csrf = ({ frame }: { frame: AdminFrame }) => (
  <input type="hidden" name="_csrf" value={frame.csrf} />
);

export function AdminLayout({ frame, children }: { frame: AdminFrame; children?: Child }) {
  return (
    <html lang="en" dir="ltr" class="admin">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${frame.title} – Dateline admin`}</title>
        <link rel="stylesheet" href={SITE_CSS_PATH} />
        <link rel="stylesheet" href={ADMIN_CSS_PATH} />
      </head>
      <body>
        <header class="admin-bar wrap">
          <a href="/admin">Dateline admin</a>
          {frame.editor ? (
            <>
              <nav aria-label="Admin">
                <ul>
                  <li>
                    <a href="/admin/comments?status=pending">Comments</a>
                  </li>
                  <li>
                    <a href="/admin/blocks">Blocks</a>
                  </li>
                  <li>
                    <a href="/admin/editions">Editions</a>
                  </li>
                  <li>
                    <a href="/">Site</a>
                  </li>
                </ul>
              </nav>
              <form method="post" action="/admin/logout">
                <input type="hidden" name="_csrf" value={frame.csrf} />
                <span>{frame.editor}</span> <button type="submit">Sign out</button>
              </form>
            </>
          ) : null}
        </header>
        <main id="main" class="wrap">
          <h1>{frame.title}</h1>
          {frame.notice ? (
            <p class="notice" role="status">
              {frame.notice}
            </p>
          ) : null}
          {frame.errors.length > 0 ? (
            <ul class="errors" role="alert">
              {frame.errors.map((e) => (
                <li>{e}</li>
              ))}
            </ul>
          ) : null}
          {children}
        </main>
      </body>
    </html>
  );
}
