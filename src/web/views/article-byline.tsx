// Publication time, and "Updated <time>" linking to the revision history when the post was edited.

import type { ArticleView } from "../view-models.js";
import { InLanguage } from "./in-language.js";
import type { LangDir } from "./lang-attrs.js";
import { TimeStamp } from "./time-stamp.js";
import type { UiText } from "./ui-words.js";

export function ArticleByline({ article, ui }: { article: ArticleView; ui: UiText }) {
  const page: LangDir = { lang: article.language, dir: article.direction };
  const updated = article.updatedIso ? (
    <>
      {/* The label is interface text (site language); the time stays a neutral, isolated run inside it. */}
      <InLanguage text={ui} outer={page}>
        {ui.updated}
      </InLanguage>{" "}
      <TimeStamp iso={article.updatedIso} display={article.updatedDisplay} />
    </>
  ) : null;
  return (
    <p class="byline">
      <TimeStamp iso={article.publishedIso} display={article.publishedDisplay} />
      {updated ? (
        <>
          {" · "}
          {article.revisionsUrl ? <a href={article.revisionsUrl}>{updated}</a> : updated}
        </>
      ) : null}
      {article.comments ? (
        <>
          {" · "}
          <a href="#comments">
            <InLanguage text={article.comments} outer={page}>
              {article.comments.label}
            </InLanguage>
          </a>
        </>
      ) : null}
    </p>
  );
}
