// An article's media as HTML for feed readers: plain elements with absolute URLs on the site (never
// Telegram's CDN, whose links expire), no srcset or lazy loading (readers fetch once and keep).
import { escapeHtml } from "../../articles/html-escape.js";
import type { MediaView } from "../views/index.js";

function attr(name: string, value: string | number | undefined): string {
  return value === undefined ? "" : ` ${name}="${escapeHtml(String(value))}"`;
}

function fileName(m: MediaView): string {
  return m.fileName ?? m.src.split("/").pop() ?? m.src;
}

/** One media item; `absolute` turns the site's root-relative paths into full URLs. */
export function mediaHtml(m: MediaView, absolute: (path: string) => string, onTelegram: string): string {
  const src = m.src ? absolute(m.src) : "";
  const link = `<a href="${escapeHtml(src)}">${escapeHtml(fileName(m))}</a>`;
  switch (m.kind) {
    case "image":
      return `<figure><img src="${escapeHtml(src)}"${attr("width", m.width)}${attr("height", m.height)} alt=""></figure>`;
    case "video":
      return `<figure><video controls src="${escapeHtml(src)}"${attr("width", m.width)}${attr("height", m.height)}></video><figcaption>${link}</figcaption></figure>`;
    case "audio":
      return `<figure><audio controls src="${escapeHtml(src)}"></audio><figcaption>${link}</figcaption></figure>`;
    case "file":
      return `<p>${link}</p>`;
    case "unavailable":
      return m.telegramUrl
        ? `<p><a href="${escapeHtml(m.telegramUrl)}">${escapeHtml(onTelegram)}</a></p>`
        : "";
  }
}

/**
 * The article as one HTML fragment: a leading photo or video first (as on the article page), then the
 * dateline and body, then the remaining media.
 */
export function articleContentHtml(
  parts: { bodyHtml: string; dateline: string | null; media: MediaView[] },
  absolute: (path: string) => string,
  /** Link text for media kept only on Telegram, in the site's language. */
  onTelegram: string,
): string {
  const [first, ...rest] = parts.media;
  const leads = first !== undefined && (first.kind === "image" || first.kind === "video");
  const lead = leads ? mediaHtml(first, absolute, onTelegram) : "";
  const after = (leads ? rest : parts.media).map((m) => mediaHtml(m, absolute, onTelegram)).join("");
  const dateline = parts.dateline ? `<p><strong>${escapeHtml(parts.dateline)}</strong></p>` : "";
  return `${lead}${dateline}${parts.bodyHtml}${after}`;
}
