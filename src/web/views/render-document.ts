// Turns a page component into the document string the server sends and caches.
import type { JSX } from "hono/jsx/jsx-runtime";

/**
 * Renders synchronously and prepends the doctype. hono/jsx renders to a string when every component in the
 * tree is synchronous, and to a Promise otherwise; the views here are all synchronous and callers (the page
 * cache, tests) need a plain string, so meeting a Promise means someone added an async component by mistake.
 */
export function renderDocument(page: JSX.Element): string {
  const html: unknown = page instanceof Promise ? page : page.toString();
  if (typeof html !== "string") {
    throw new TypeError(
      "renderDocument: the page rendered asynchronously; views must not use async components",
    );
  }
  return `<!doctype html>\n${html}`;
}
