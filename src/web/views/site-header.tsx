// The masthead: site title (home link), search, channel nav, and whatever the page adds (the call to action
// on listings).
import type { Child } from "hono/jsx";
import type { SiteView } from "../view-models.js";
import { ChannelNav } from "./channel-nav.js";
import { type LangDir, langAttrs } from "./lang-attrs.js";
import { SearchForm } from "./search-form.js";
import type { UiText } from "./ui-words.js";

interface SiteHeaderProps {
  site: SiteView;
  ui: UiText;
  /** Language of the enclosing page, to mark the chrome when it differs (an Arabic article on an English site). */
  page: LangDir;
  children?: Child;
}

export function SiteHeader({ site, ui, page, children }: SiteHeaderProps) {
  const siteLang: LangDir = { lang: site.language, dir: site.direction };
  return (
    <header class="site-header" {...langAttrs(ui, page)}>
      <div class="wrap">
        <div class="bar">
          <a class="site-title" href="/" rel="home" {...langAttrs(siteLang, ui)}>
            {site.title}
          </a>
          <SearchForm ui={ui} action={site.searchPath} />
        </div>
        <ChannelNav channels={site.channels} ui={ui} />
        {children}
      </div>
    </header>
  );
}
