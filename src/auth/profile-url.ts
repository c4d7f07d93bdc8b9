// Links and pictures from a provider's profile are shown on the site (the commenter's link, avatar): only
// absolute https URLs are kept, so a profile can never smuggle a javascript: or data: URL into a page.

const MAX = 2000;

export function httpsUrlOrNull(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" || url.username || url.password) return null;
    return url.toString();
  } catch {
    return null;
  }
}

/** Display names are shown as text; still, control characters and runaway lengths are cut. */
export function cleanName(...candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    const v = (c ?? "")
      .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
      .trim()
      .slice(0, 100);
    if (v) return v;
  }
  return null;
}
