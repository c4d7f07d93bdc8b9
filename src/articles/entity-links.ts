// Where a link-like entity points, or null when it must be shown as plain text.
import type { TextEntity } from "../telegram/post.js";
import { tagFromHashtag } from "./hashtag.js";

export interface LinkTarget {
  href: string;
  /** Internal links (our tag pages) need no rel="noopener". */
  internal: boolean;
}

/** Schemes a reader can follow safely; javascript:, data:, file: and the rest are dropped. */
const ALLOWED_SCHEMES = new Set(["http:", "https:", "mailto:", "tg:"]);
/** A url entity names its scheme ("https://…", "tg://…", "mailto:…") or is a bare host ("example.com/x"). */
const HAS_SCHEME = /^(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|tg:)/i;
const DEFAULT_SCHEME = "https://";
const EMAIL = /^[^\s@]+@[^\s@]+$/;
/** Telegram usernames: letters, digits and underscores (https://core.telegram.org/method/account.checkUsername). */
const MENTION = /^@([A-Za-z0-9_]+)$/;
const TELEGRAM_BASE = "https://t.me/";

/** The URL normalized by the WHATWG parser, or null when it does not parse or its scheme is not allowed. */
export function safeUrl(candidate: string): string | null {
  try {
    const url = new URL(candidate.trim());
    return ALLOWED_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export function tagPath(tag: string): string {
  return `/tag/${encodeURIComponent(tag)}/`;
}

/** `entityText` is the whole text the entity covers (url, email, mention and hashtag carry no URL). */
export function linkTarget(entity: TextEntity, entityText: string): LinkTarget | null {
  const external = (href: string | null): LinkTarget | null =>
    href === null ? null : { href, internal: false };
  switch (entity.type) {
    case "text_link":
      return external(entity.url === undefined ? null : safeUrl(entity.url));
    case "url": {
      const text = entityText.trim();
      return external(safeUrl(HAS_SCHEME.test(text) ? text : DEFAULT_SCHEME + text));
    }
    case "email":
      return external(EMAIL.test(entityText) ? safeUrl(`mailto:${entityText}`) : null);
    case "mention": {
      const name = MENTION.exec(entityText.trim())?.[1];
      return external(name === undefined ? null : TELEGRAM_BASE + name);
    }
    case "hashtag": {
      const tag = tagFromHashtag(entityText);
      return tag === null ? null : { href: tagPath(tag), internal: true };
    }
    default:
      return null;
  }
}
