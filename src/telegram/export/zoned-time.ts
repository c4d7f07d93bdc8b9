// Wall-clock time in an IANA zone → Unix seconds. Exports made before about 2021 carry only `date`, an ISO
// time without zone written in the exporting computer's local time, so the user names that zone.
//
// Offsets come from Intl.DateTimeFormat. A wall time is resolved like Temporal's "compatible"
// disambiguation: in a DST overlap (fall back) the earlier instant, in a gap (spring forward) the instant
// after the gap. Telegram wrote real instants, so gaps do not occur; an overlap hour stays ambiguous.

const MS_PER_SECOND = 1000;
const MS_PER_DAY = 86_400_000;
const CACHE_LIMIT = 4096;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Unix seconds of a wall time, or undefined when the text is not "YYYY-MM-DDTHH:MM:SS". */
export type WallClockResolver = (isoLocal: string) => number | undefined;

/**
 * Resolves the export's zone-less `date` strings in one zone, caching each wall day's offset.
 * @param timeZone an IANA name; check it with isValidTimeZone first
 */
export function createWallClockResolver(timeZone: string): WallClockResolver {
  const offsetAt = offsetReader(timeZone);
  /** Wall day → its offset in ms, or null when it has a transition. */
  const dayOffsets = new Map<number, number | null>();
  return (isoLocal) => {
    const m = ISO_LOCAL.exec(isoLocal);
    if (!m) return undefined;
    const wallMs = Date.UTC(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4]),
      Number(m[5]),
      Number(m[6]),
    );
    const day = Math.floor(wallMs / MS_PER_DAY);
    let offset = dayOffsets.get(day);
    if (offset === undefined) {
      // Zones change their offset at most once in any three days, so when the offsets a day before and two
      // days after a wall day agree, every wall time of that day has that offset: two formatToParts calls
      // per day of messages instead of four per message.
      const dayStart = day * MS_PER_DAY;
      const first = offsetAt(dayStart - MS_PER_DAY);
      offset = first === offsetAt(dayStart + 2 * MS_PER_DAY) ? first : null;
      if (dayOffsets.size >= CACHE_LIMIT) dayOffsets.clear();
      dayOffsets.set(day, offset);
    }
    const utcMs = offset === null ? resolveAroundTransition(wallMs, offsetAt) : wallMs - offset;
    return Math.floor(utcMs / MS_PER_SECOND);
  };
}

/** The zone's offset from UTC at an instant, in ms. */
type OffsetAt = (utcMs: number) => number;

function offsetReader(timeZone: string): OffsetAt {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  return (utcMs) => {
    const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
    for (const part of format.formatToParts(utcMs)) fields[part.type] = Number(part.value);
    const wall = Date.UTC(
      fields.year ?? 0,
      (fields.month ?? 1) - 1,
      fields.day ?? 1,
      fields.hour ?? 0,
      fields.minute ?? 0,
      fields.second ?? 0,
    );
    return wall - Math.floor(utcMs / MS_PER_SECOND) * MS_PER_SECOND;
  };
}

/** The instant of a wall time on a day when the zone's offset changes. */
function resolveAroundTransition(wallMs: number, offsetAt: OffsetAt): number {
  const offsetBefore = offsetAt(wallMs - MS_PER_DAY);
  const offsetAfter = offsetAt(wallMs + MS_PER_DAY);
  const withOffsetBefore = wallMs - offsetBefore;
  const withOffsetAfter = wallMs - offsetAfter;
  const beforeFits = offsetAt(withOffsetBefore) === offsetBefore;
  const afterFits = offsetAt(withOffsetAfter) === offsetAfter;
  if (beforeFits && afterFits) return Math.min(withOffsetBefore, withOffsetAfter); // overlap: the earlier
  if (beforeFits) return withOffsetBefore;
  if (afterFits) return withOffsetAfter;
  return withOffsetBefore; // gap: the offset before the gap carries the wall time past it
}
