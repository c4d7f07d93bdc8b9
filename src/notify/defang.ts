// Text from strangers inside notification emails. Mail clients turn anything that looks like an address
// into a link, so the only link a notification may carry is the one we put there (the comment's permalink,
// the unsubscribe page): what a commenter wrote is "defanged" (example[.]org, hxxps[:]//) so no client
// links it, and nothing they wrote can start a new header line.

const LINKY = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|@|[\p{L}\p{N}-]\.[\p{L}]{2,})/iu;

/** One token (no whitespace) made unlinkable when it looks like an address. */
function defangToken(token: string): string {
  if (!LINKY.test(token)) return token;
  return token
    .replace(/^([a-z][a-z0-9+.-]*):\/\//i, (_m, scheme: string) => `${scheme.replace(/t/gi, "x")}[:]//`)
    .replace(/\b(mailto|javascript|data|tel|sms):/gi, "$1[:]")
    .replace(/\./g, "[.]")
    .replace(/@/g, "[at]");
}

/** Text with every address-like token defanged; line structure kept. */
export function defang(text: string): string {
  return text.replace(/[^\s]+/gu, defangToken);
}

/** A header value: one line, control characters removed, bounded. */
export function headerSafe(value: string, max = 200): string {
  const s = value
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A quoted block of a commenter's text, each line prefixed, defanged. */
export function quoted(text: string): string {
  return defang(text)
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n");
}
