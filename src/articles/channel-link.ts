// Lines that only point back at the channel itself ("@people", "t.me/people", a "Subscribe" text link to
// it): on the channel they invite readers to join, on the site they lead nowhere new.
import type { Line } from "./lines.js";
import { entityEnd, type RichText } from "./rich-text.js";

/** Arrows, pointing hands and bullets around the link ("👈 @people", "🔗 t.me/people"). */
const DECORATION =
  /^(?:[\s\p{Extended_Pictographic}\p{So}\p{Sm}•▪|:\-–—]|\u{FE0F}|\u{200D})+|(?:[\s\p{Extended_Pictographic}\p{So}\p{Sm}•▪|\-–—]|\u{FE0F}|\u{200D})+$/gu;
const USERNAME = /^[A-Za-z0-9_]+$/;
/** t.me and its older aliases, with or without scheme and "www.", optionally the /s/ preview path. */
const CHANNEL_URL =
  /^(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)\/(?:s\/)?([A-Za-z0-9_]+)\/?$/i;
const MENTION = /^@([A-Za-z0-9_]+)$/;

/** Whether a t.me URL or an @mention names the channel (any case). */
export function namesChannel(target: string, username: string): boolean {
  const name = CHANNEL_URL.exec(target)?.[1] ?? MENTION.exec(target)?.[1];
  return name !== undefined && name.toLowerCase() === username.toLowerCase();
}

export function isChannelLinkLine(rich: RichText, line: Line, username: string): boolean {
  if (!USERNAME.test(username)) return false;
  const bare = line.text.replace(DECORATION, "");
  if (bare === "") return false;
  if (namesChannel(bare, username)) return true;
  // A text link covering everything but the decoration: judge it by where it points.
  const start = line.start + line.text.indexOf(bare);
  const end = start + bare.length;
  return rich.entities.some(
    (e) =>
      e.type === "text_link" &&
      e.offset <= start &&
      entityEnd(e) >= end &&
      namesChannel(e.url ?? "", username),
  );
}

/**
 * `isChannelLinkLine` for the lines text[start, end) of one text, skipping the work on lines that
 * cannot be one: naming the channel takes an "@" or a "/" in the line, and a text link to the channel
 * needs such an entity somewhere in the text. Null when no line can be one: the username is not one
 * (nothing can link to it), or the text has neither sign nor such a link.
 */
export function channelLinkLineTest(
  rich: RichText,
  username: string,
): ((start: number, end: number) => boolean) | null {
  if (!USERNAME.test(username)) return null;
  const { text } = rich;
  const linked = rich.entities.some((e) => e.type === "text_link" && namesChannel(e.url ?? "", username));
  if (!linked && !text.includes("@") && !text.includes("/")) return null;
  const nextAt = nextOccurrence(text, "@");
  const nextSlash = nextOccurrence(text, "/");
  const holds = (next: (from: number) => number, start: number, end: number) => {
    const at = next(start);
    return at !== -1 && at < end;
  };
  return (start, end) =>
    (linked || holds(nextAt, start, end) || holds(nextSlash, start, end)) &&
    isChannelLinkLine(rich, { start, end, text: text.slice(start, end) }, username);
}

/** Where `char` next occurs at or after `from`, for `from` that only grow: each search resumes the last. */
function nextOccurrence(text: string, char: string): (from: number) => number {
  let at = -2;
  return (from) => {
    if (at !== -1 && at < from) at = text.indexOf(char, from);
    return at;
  };
}
