// The article's body: the only raw HTML any view inserts.
import { raw } from "hono/html";

export function ArticleBody({ html }: { html: string }) {
  // Trusted: bodyHtml is the article pipeline's output (src/articles), built from escaped text and a fixed set
  // of tags (<p>, <blockquote>, <pre>, inline formatting). Escaping it again would show the tags as text.
  return <div class="prose article-body">{raw(html)}</div>;
}
