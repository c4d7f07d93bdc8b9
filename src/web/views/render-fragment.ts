// Renders a component to an HTML string without a doctype: pages (via render-document.ts) and the sections
// other pages embed.
import type { JSX } from "hono/jsx/jsx-runtime";

/**
 * hono/jsx renders to a string when every component in the tree is synchronous, and to a Promise otherwise;
 * the views here are all synchronous and callers (the page cache, tests) need a plain string, so meeting a
 * Promise means someone added an async component by mistake.
 */
export function renderFragment(node: JSX.Element | null): string {
  if (node === null) return "";
  const html: unknown = node instanceof Promise ? node : node.toString();
  if (typeof html !== "string") throw new TypeError("renderFragment: views must not use async components");
  return html;
}
