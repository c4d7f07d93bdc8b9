// Renders a component to an HTML string without a doctype: for sections other pages embed.
import type { JSX } from "hono/jsx/jsx-runtime";

export function renderFragment(node: JSX.Element | null): string {
  if (node === null) return "";
  const html: unknown = node instanceof Promise ? node : node.toString();
  if (typeof html !== "string") throw new TypeError("renderFragment: views must not use async components");
  return html;
}
