// The page foot: home link and the site's feeds as visible links (autodiscovery alone hides them from people).

import type { SiteView } from "../view-models.js";
import { type LangDir, langAttrs } from "./lang-attrs.js";
import type { UiText } from "./ui-words.js";

export function SiteFooter({ site, ui, page }: { site: SiteView; ui: UiText; page: LangDir }) {
  const siteLang: LangDir = { lang: site.language, dir: site.direction };
  return (
    <footer class="site-footer" {...langAttrs(ui, page)}>
      <div class="wrap">
        {site.feeds.length > 0 ? (
          <div class="feeds">
            {ui.feeds}:{" "}
            <ul>
              {site.feeds.map((f) => (
                <li>
                  <a href={f.href} type={f.type}>
                    {f.title}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p>
          <a href="/" {...langAttrs(siteLang, ui)}>
            {site.title}
          </a>
        </p>
      </div>
    </footer>
  );
}
