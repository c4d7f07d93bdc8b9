// Small helpers over cheerio's node types and the inline styles t.me uses to carry media URLs and sizes.
// The node types are inferred from cheerio's own signatures so that no undeclared package (domhandler) is imported.
import type { Cheerio } from "cheerio";

type NodesOf<C> = C extends Cheerio<infer T> ? T : never;

/** Any node of a parsed document (element, text, comment…). */
export type DomNode = NodesOf<ReturnType<Cheerio<never>["contents"]>>;
/** An element node. */
export type DomElement = NodesOf<ReturnType<Cheerio<never>["children"]>>;
/** A text node. */
export type DomText = Extract<DomNode, { nodeType: 3 }>;

const TEXT_NODE = 3;

export function isText(node: DomNode): node is DomText {
  return node.nodeType === TEXT_NODE;
}

export function isElement(node: DomNode): node is DomElement {
  return "attribs" in node && "name" in node && typeof node.name === "string";
}

export function hasClass(el: DomElement, name: string): boolean {
  return (el.attribs["class"] ?? "").split(/\s+/).includes(name);
}

/** The `url('…')` of a `background-image` declaration, if any (t.me puts photo URLs only there). */
export function backgroundImageUrl(style: string | undefined): string | undefined {
  if (!style) return undefined;
  const match = /background-image\s*:\s*url\(\s*(['"]?)(.*?)\1\s*\)/i.exec(style);
  const url = match?.[2]?.trim();
  return url ? absoluteUrl(url) : undefined;
}

/** A `<name>:<n>px` declaration of an inline style, in pixels. */
export function stylePixels(style: string | undefined, name: string): number | undefined {
  return styleNumber(style, name, "px");
}

/** A `<name>:<n>%` declaration of an inline style, in percent. */
export function stylePercent(style: string | undefined, name: string): number | undefined {
  return styleNumber(style, name, "%");
}

function styleNumber(style: string | undefined, name: string, unit: string): number | undefined {
  if (!style) return undefined;
  for (const declaration of style.split(";")) {
    const [key, value] = declaration.split(":", 2).map((part) => part.trim());
    if (key?.toLowerCase() !== name || !value?.endsWith(unit)) continue;
    const n = Number.parseFloat(value.slice(0, -unit.length));
    if (Number.isFinite(n)) return n;
  }
  return undefined;
}

/** t.me writes some URLs protocol-relative (`//telegram.org/…`). Data URLs are placeholders, not media. */
export function absoluteUrl(url: string): string | undefined {
  if (url.startsWith("data:")) return undefined;
  if (url.startsWith("//")) return `https:${url}`;
  return url;
}

/** "0:27", "12:03" or "1:02:03" → seconds. */
export function parseDuration(text: string | undefined): number | undefined {
  const parts = text?.trim().split(":") ?? [];
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^\d+$/.test(p))) return undefined;
  return parts.reduce((total, part) => total * 60 + Number(part), 0);
}
