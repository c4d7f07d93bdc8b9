// The small document of sign-in's own pages — mostly seen in a popup window, so no masthead: the site's
// stylesheet, a heading, a message, and the popup script. Never indexed.
import type { Child } from "hono/jsx";
import { renderDocument, SITE_CSS_PATH } from "../views/index.js";
import { SignInScript } from "./signin-script.js";

interface AuthDocumentProps {
  title: string;
  /** A meta refresh (no script needed) to this URL, at once. */
  refreshTo?: string;
  /** The page's content. */
  children?: Child;
}

function AuthDocument({ title, refreshTo, children }: AuthDocumentProps) {
  return (
    <html lang="en" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <link rel="stylesheet" href={SITE_CSS_PATH} />
        {refreshTo ? <meta http-equiv="refresh" content={`0;url=${refreshTo}`} /> : null}
        <SignInScript />
      </head>
      <body>
        <main id="main" class="wrap signin-page">
          {children}
        </main>
      </body>
    </html>
  );
}

export function renderAuthDocument(props: AuthDocumentProps): string {
  return renderDocument(<AuthDocument {...props} />);
}
