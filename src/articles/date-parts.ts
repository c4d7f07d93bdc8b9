// The calendar date of a moment in the newsroom's time zone: a story posted at 01:00 in Baghdad belongs
// to that Baghdad day, whatever the server's zone.
export interface DateParts {
  y: number;
  /** 1–12 */
  m: number;
  /** 1–31 */
  d: number;
}

/** `timeZone` is an IANA zone ("Asia/Baghdad"); throws RangeError for an unknown zone, as Intl does. */
export function datePartsInZone(unixSeconds: number, timeZone: string): DateParts {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  });
  const parts = format.formatToParts(new Date(unixSeconds * 1000));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { y: part("year"), m: part("month"), d: part("day") };
}
