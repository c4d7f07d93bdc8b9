// Small pages of the email flows (confirm an address, unsubscribe, and their outcomes) and of a comment not
// posted.
import { Layout, renderDocument, type SiteView } from "../views/index.js";
import { commentText } from "./comment-words.js";
import type { NoticePageView } from "./models.js";
import { CSS_LINK, pageMeta, Said } from "./page-parts.js";

export function renderNoticePage(site: SiteView, view: NoticePageView): string {
  const T = commentText(site.language);
  return renderDocument(
    <Layout site={site} meta={pageMeta(site, T, view.title)} headExtra={CSS_LINK}>
      <div class="comment-notice-page">
        <h1>
          <Said T={T} english={view.title} />
        </h1>
        {view.messages.map((m) => (
          <p>
            <Said T={T} english={m} />
          </p>
        ))}
        {view.action ? (
          <form method="post" action={view.action.url}>
            {Object.entries(view.action.fields).map(([name, value]) => (
              <input type="hidden" name={name} value={value} />
            ))}
            <p>
              <button type="submit">
                <Said T={T} english={view.action.label} />
              </button>
            </p>
          </form>
        ) : null}
        {view.links.map((l) => (
          <p>
            {/* A link's label is "Front page" or the article's headline (in its own language). */}
            {T.messages[l.label] !== undefined ? (
              <a href={l.url}>{T.messages[l.label]}</a>
            ) : (
              <a href={l.url} dir="auto">
                {l.label}
              </a>
            )}
          </p>
        ))}
      </div>
    </Layout>,
  );
}
