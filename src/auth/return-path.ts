// Where a reader goes back to after signing in or out: an exact allowlist, not a blocklist. Only a path on
// this site is accepted — no scheme, no host, no "//" (a protocol-relative URL is another host), no
// backslash (browsers read "/\evil.example" as "//evil.example"), no control characters or spaces (the URL
// parser silently drops tabs and newlines, so "/\t/evil.example" would become "//evil.example"). The path
// is then normalized by the URL parser and checked again, since "/.//evil.example" normalizes to
// "//evil.example". Open redirects through a "return to" parameter are a classic way sign-in gets abused.

const MAX_LENGTH = 2000;
const BASE = "http://return.invalid";

/** The default when no return path, or an unusable one, is given. */
export const DEFAULT_RETURN = "/";

/** A same-site path ("/2021/02/19/slug/#respond"), normalized, or null when `input` is not one. */
export function safeReturnPath(input: unknown): string | null {
  if (typeof input !== "string" || input.length === 0 || input.length > MAX_LENGTH) return null;
  if (!input.startsWith("/") || input.startsWith("//")) return null;
  if (/[\\\s\u0000-\u001f\u007f]/.test(input)) return null;
  let url: URL;
  try {
    url = new URL(input, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = url.pathname + url.search + url.hash;
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return null;
  // Sign-in's own addresses are no place to come back to (a return to /auth/x/start would loop), except
  // the account page.
  if (url.pathname.startsWith("/auth/") && url.pathname !== "/auth/") return null;
  return path;
}
