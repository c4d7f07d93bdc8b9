// Turns a page component into the document string the server sends and caches.
import type { JSX } from "hono/jsx/jsx-runtime";
import { renderFragment } from "./render-fragment.js";

/** Renders synchronously (see render-fragment.ts) and prepends the doctype. */
export function renderDocument(page: JSX.Element): string {
  return `<!doctype html>\n${renderFragment(page)}`;
}
