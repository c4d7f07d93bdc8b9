// Numbers in the target's own digits: Arabic-Indic (٠-٩) and Persian (۰-۹) digits become ASCII for
// editions in languages that write ASCII digits, and the Arabic decimal, thousands and percent signs follow.

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;
const SIGNS: Readonly<Record<string, string>> = { "٫": ".", "٬": ",", "٪": "%" };

export function toAsciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9٫٬٪]/g, (ch) => {
    const sign = SIGNS[ch];
    if (sign) return sign;
    const code = ch.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
  });
}
