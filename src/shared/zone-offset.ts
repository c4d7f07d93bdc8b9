// Calendar dates in a zone, fast. Intl's formatToParts costs about 10 µs a call, and an import asks for the
// date of every post. A zone's UTC offset changes a few times a year at most, so the offset is found once
// per UTC day and zone: when it is the same at the day's first and last second, every instant of the day
// has it, and the date is plain arithmetic. Days with a change (and the instants of zones Intl does not
// know) go to Intl, instant by instant.
import { zonedParts } from "./time.js";

const DAY = 86_400;
/** Per zone: UTC day number → offset in seconds for the whole day, or null when it changes that day. */
const offsets = new Map<string, Map<number, number | null>>();
/** Enough days for a channel's history several times over; cleared when full. */
const MAX_DAYS_PER_ZONE = 50_000;

function offsetAt(unixSeconds: number, timeZone: string): number {
  const p = zonedParts(unixSeconds, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) / 1000 - unixSeconds;
}

function dayOffset(day: number, timeZone: string): number | null {
  let days = offsets.get(timeZone);
  if (!days) {
    days = new Map();
    offsets.set(timeZone, days);
  }
  let offset = days.get(day);
  if (offset === undefined) {
    const first = offsetAt(day * DAY, timeZone);
    offset = first === offsetAt(day * DAY + DAY - 1, timeZone) ? first : null;
    if (days.size >= MAX_DAYS_PER_ZONE) days.clear();
    days.set(day, offset);
  }
  return offset;
}

/** Year, month and day of a Unix time (whole seconds) in a zone: what zonedParts gives, cheaper. */
export function zonedDate(
  unixSeconds: number,
  timeZone: string,
): { year: number; month: number; day: number } {
  const offset = dayOffset(Math.floor(unixSeconds / DAY), timeZone);
  if (offset === null) {
    const p = zonedParts(unixSeconds, timeZone);
    return { year: p.year, month: p.month, day: p.day };
  }
  const local = new Date((unixSeconds + offset) * 1000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}
