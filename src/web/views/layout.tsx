// The document frame shared by every page: <html lang dir>, head, skip link, landmarks.

import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { SiteView } from "../view-models.js";
import { HeadMeta } from "./head-meta.js";
import { langAttrs } from "./lang-attrs.js";
import type { PageMeta } from "./page-meta.js";
import { SiteFooter } from "./site-footer.js";
import { SiteHeader } from "./site-header.js";
import { uiText } from "./ui-words.js";

interface LayoutProps {
  site: SiteView;
  /** Head data; its lang/dir become the page's (the article's language on article pages). */
  meta: PageMeta;
  /** Extra masthead content (the call to action on listings). */
  header?: Child;
  /** Trusted HTML for the head from other features' views (structured data, alternates): inserted as is. */
  headExtra?: string;
  children?: Child;
}

export function Layout({ site, meta, header, headExtra, children }: LayoutProps) {
  const ui = uiText(site.language);
  const page = { lang: meta.lang, dir: meta.dir };
  return (
    <html lang={meta.lang} dir={meta.dir}>
      <head>
        <HeadMeta site={site} meta={meta} />
        {headExtra ? raw(headExtra) : null}
      </head>
      <body>
        <a class="skip" href="#main" {...langAttrs(ui, page)}>
          {ui.skipToContent}
        </a>
        <SiteHeader site={site} ui={ui} page={page}>
          {header}
        </SiteHeader>
        {/* tabindex=-1 so following the skip link moves keyboard focus too, not just the scroll position. */}
        <main id="main" class="wrap" tabindex={-1}>
          {children}
        </main>
        <SiteFooter site={site} ui={ui} page={page} />
      </body>
    </html>
  );
}
