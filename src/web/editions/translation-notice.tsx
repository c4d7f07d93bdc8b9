// Says plainly that the page is a machine translation, and links to the original.
import { type LangDir, langAttrs } from "../views/index.js";
import type { EditionText } from "./edition-words.js";
import type { TranslationNoticeView } from "./models.js";

export function TranslationNotice({
  notice,
  text,
  page,
}: {
  notice: TranslationNoticeView;
  text: EditionText;
  page: LangDir;
}) {
  return (
    <aside class="byline translation-notice" role="note" {...langAttrs(text, page)}>
      {text.machineTranslated(notice.originalLanguage)}{" "}
      <a href={notice.originalUrl} rel="alternate">
        {text.readOriginal}
      </a>
      {notice.outdated ? (
        <>
          {" "}
          <strong>{text.outdated}</strong>
        </>
      ) : null}
    </aside>
  );
}
