// Below the body: the tags, and the original post on Telegram.

import type { ArticleView } from "../view-models.js";
import { type LangDir, langAttrs } from "./lang-attrs.js";
import type { UiText } from "./ui-words.js";

export function ArticleFooter({ article, ui }: { article: ArticleView; ui: UiText }) {
  const page: LangDir = { lang: article.language, dir: article.direction };
  if (article.tags.length === 0 && !article.telegramPostUrl) return null;
  return (
    <footer class="article-footer">
      {article.tags.length > 0 ? (
        <nav class="tags" aria-label={ui.tags}>
          <ul>
            {article.tags.map((t) => (
              <li>
                <a href={t.url} rel="tag">
                  {t.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {article.telegramPostUrl ? (
        <p>
          <a href={article.telegramPostUrl} rel="external" {...langAttrs(ui, page)}>
            {ui.viewOnTelegram}
          </a>
        </p>
      ) : null}
    </footer>
  );
}
