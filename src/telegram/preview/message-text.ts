// Turns the HTML t.me renders for a message's text back into the text and the Bot API entities it came from.
// Offsets count UTF-16 code units (https://core.telegram.org/bots/api#messageentity), which is what JavaScript
// string lengths count, so the builder measures with `.length`.
import type { EntityType, TextEntity } from "../post.js";
import { type DomElement, type DomNode, hasClass, isElement, isText } from "./dom.js";

export interface RichText {
  text: string;
  entities: TextEntity[];
}

/** What relative links (hashtag searches `?q=%23tag`) are resolved against. */
export interface LinkContext {
  channel?: string;
  baseUrl?: string;
}

const DEFAULT_BASE_URL = "https://t.me";

/** Tags mapped one-to-one to an entity type. */
const TAG_ENTITIES: Readonly<Record<string, EntityType>> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  del: "strikethrough",
  strike: "strikethrough",
  code: "code",
  pre: "pre",
  "tg-spoiler": "spoiler",
};

type EntityShape = Omit<TextEntity, "offset" | "length">;

interface Builder {
  text: string;
  entities: TextEntity[];
  ctx: LinkContext;
}

/** Text and entities of an element's content, trimmed the way Telegram trims message text. */
export function richTextOf(el: DomElement, ctx: LinkContext = {}): RichText {
  const b: Builder = { text: "", entities: [], ctx };
  for (const child of el.children) walk(child, b);
  return trim(b.text, sortEntities(b.entities));
}

/** Only the text of an element's content (emoji resolved, `<br>` as newlines), trimmed. */
export function plainTextOf(el: DomElement): string {
  return richTextOf(el).text;
}

function walk(node: DomNode, b: Builder): void {
  if (isText(node)) {
    b.text += node.data;
    return;
  }
  if (!isElement(node)) return;
  const tag = node.name.toLowerCase();
  if (tag === "br") {
    b.text += "\n";
    return;
  }
  if (isEmoji(node, tag)) {
    // `<i class="emoji" style="background-image:…"><b>👍</b></i>`: the character, never italic or bold.
    b.text += emojiText(node);
    return;
  }
  const start = b.text.length;
  for (const child of node.children) walk(child, b);
  const length = b.text.length - start;
  if (length === 0) return;
  const shape = entityFor(node, tag, b.text.slice(start), b.ctx);
  if (shape) b.entities.push({ ...shape, offset: start, length });
}

function isEmoji(el: DomElement, tag: string): boolean {
  return hasClass(el, "emoji") || tag === "tg-emoji" || hasClass(el, "custom-emoji");
}

function emojiText(el: DomElement): string {
  const text = textContent(el);
  return text || (el.attribs["alt"] ?? el.attribs["data-emoji"] ?? "");
}

function textContent(node: DomNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node)) return "";
  return node.children.map(textContent).join("");
}

function entityFor(el: DomElement, tag: string, content: string, ctx: LinkContext): EntityShape | undefined {
  if (tag === "a") return linkEntity(el.attribs["href"], content, ctx);
  if (tag === "blockquote") {
    const expandable = el.attribs["expandable"] !== undefined || hasClass(el, "expandable");
    return { type: expandable ? "expandable_blockquote" : "blockquote" };
  }
  if (hasClass(el, "tg-spoiler")) return { type: "spoiler" };
  if (tag === "pre") return preEntity(el);
  // A `<code>` inside `<pre>` only carries the language of the block.
  if (tag === "code" && el.parent && isElement(el.parent) && el.parent.name === "pre") return undefined;
  const type = TAG_ENTITIES[tag];
  return type ? { type } : undefined;
}

function preEntity(el: DomElement): EntityShape {
  const code = el.children.find((c): c is DomElement => isElement(c) && c.name === "code");
  const language = /(?:^|\s)language-(\S+)/.exec(code?.attribs["class"] ?? "")?.[1];
  return language ? { type: "pre", language } : { type: "pre" };
}

/**
 * t.me renders every kind of link entity as `<a href>`; the kind is recovered from the href and the text:
 * hashtag searches `?q=%23tag`, `https://t.me/<name>` shown as `@name`, `mailto:`, `tel:`, a bare URL shown
 * as itself, and otherwise a text link.
 */
function linkEntity(href: string | undefined, content: string, ctx: LinkContext): EntityShape | undefined {
  if (!href || /^javascript:/i.test(href)) return undefined;
  const resolved = resolveHref(href, ctx);
  if (!resolved) return undefined;
  const query = resolved.searchParams.get("q") ?? "";
  if (content.startsWith("#") && query.startsWith("#")) return { type: "hashtag" };
  if (content.startsWith("$") && query.startsWith("$")) return { type: "cashtag" };
  if (content.startsWith("@") && isTelegramHost(resolved.hostname)) {
    if (resolved.pathname.slice(1).toLowerCase() === content.slice(1).toLowerCase())
      return { type: "mention" };
  }
  if (resolved.protocol === "mailto:" && href.slice("mailto:".length) === content) return { type: "email" };
  if (resolved.protocol === "tel:") return { type: "phone_number" };
  if (showsItself(href, content)) return { type: "url" };
  return { type: "text_link", url: resolved.href };
}

function resolveHref(href: string, ctx: LinkContext): URL | undefined {
  const base = `${ctx.baseUrl ?? DEFAULT_BASE_URL}/s/${ctx.channel ?? ""}`;
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

function isTelegramHost(host: string): boolean {
  return host === "t.me" || host === "telegram.me" || host === "www.t.me";
}

/** A `url` entity: the link text is the address itself (Telegram adds `http://` to bare domains). */
function showsItself(href: string, content: string): boolean {
  const text = content.trim();
  for (const candidate of [href, safeDecodeUri(href)]) {
    if (candidate === text || candidate === `http://${text}` || candidate === `https://${text}`) return true;
  }
  return false;
}

function safeDecodeUri(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** Bot API order: by offset, an enclosing entity before the ones it contains. */
function sortEntities(entities: TextEntity[]): TextEntity[] {
  return [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
}

function trim(text: string, entities: TextEntity[]): RichText {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const out: TextEntity[] = [];
  for (const e of entities) {
    const start = Math.max(0, e.offset - lead);
    const end = Math.min(trimmed.length, e.offset + e.length - lead);
    if (end > start) out.push({ ...e, offset: start, length: end - start });
  }
  return { text: trimmed, entities: out };
}
