// "Related articles" under an article: a short list of links, each with its own lang/dir (an English
// story may relate to an Arabic one). Rendered to an HTML string for the article page's afterArticle slot.
import type { Direction } from "../../articles/types.js";
import { type LangDir, langAttrs, renderFragment, TimeStamp } from "../views/index.js";

export interface RelatedItemView {
  url: string;
  headline: string;
  publishedIso: string;
  publishedDisplay: string;
  language: string;
  direction: Direction;
}

interface RelatedListProps {
  items: RelatedItemView[];
  heading: string;
  /** Language of the heading (the site's interface language). */
  words: LangDir;
  /** Language of the page around the list (the article's). */
  page: LangDir;
}

function RelatedList({ items, heading, words, page }: RelatedListProps) {
  return (
    <section class="related" aria-labelledby="related-heading">
      <h2 id="related-heading" {...langAttrs(words, page)}>
        {heading}
      </h2>
      <ul class="items related-items">
        {items.map((item) => (
          <li lang={item.language} dir={item.direction}>
            <div class="item-text">
              <h3 class="item-title">
                <a href={item.url}>{item.headline}</a>
              </h3>
              <p class="item-meta">
                <TimeStamp iso={item.publishedIso} display={item.publishedDisplay} />
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The list as HTML (escaped by hono/jsx), or "" when there is nothing to show. */
export function renderRelatedList(props: RelatedListProps): string {
  if (props.items.length === 0) return "";
  return renderFragment(<RelatedList {...props} />);
}
