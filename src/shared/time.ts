// Time in a newsroom's zone, via Intl (no dependency). Formatters are cached per zone: creating an
// Intl.DateTimeFormat costs ~50 µs, formatting with a cached one ~1 µs.

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `zone` is an IANA time zone name this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Calendar fields of a Unix time (seconds) in a zone. */
export function zonedParts(unixSeconds: number, timeZone: string): ZonedParts {
  const parts = formatterFor(timeZone).formatToParts(new Date(unixSeconds * 1000));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The display format of the seed page: "2021.02.19 – 13:26" (date with dots, an en dash, 24-hour time),
 * in the channel's zone.
 */
export function formatNewsTime(unixSeconds: number, timeZone: string): string {
  const p = zonedParts(unixSeconds, timeZone);
  return `${p.year}.${pad(p.month)}.${pad(p.day)} – ${pad(p.hour)}:${pad(p.minute)}`;
}

/** ISO 8601 with the zone's offset, e.g. "2021-02-19T13:26:00+03:00" (for <time datetime> and feeds). */
export function isoInZone(unixSeconds: number, timeZone: string): string {
  const p = zonedParts(unixSeconds, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) / 1000;
  const offsetMin = Math.round((asUtc - unixSeconds) / 60);
  const sign = offsetMin < 0 ? "-" : "+";
  const abs = Math.abs(offsetMin);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Start and end (exclusive) Unix seconds of a calendar year, month or day in a zone. */
export function zonedRange(
  timeZone: string,
  year: number,
  month?: number,
  day?: number,
): { start: number; end: number } {
  const start = zonedToUnix(timeZone, year, month ?? 1, day ?? 1);
  let end: number;
  if (day !== undefined && month !== undefined) {
    const next = new Date(Date.UTC(year, month - 1, day + 1));
    end = zonedToUnix(timeZone, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
  } else if (month !== undefined) {
    end = month === 12 ? zonedToUnix(timeZone, year + 1, 1, 1) : zonedToUnix(timeZone, year, month + 1, 1);
  } else {
    end = zonedToUnix(timeZone, year + 1, 1, 1);
  }
  return { start, end };
}

/** Unix seconds of a wall-clock time in a zone (for DST gaps, the later interpretation). */
export function zonedToUnix(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
  // Two passes converge for every real zone: guess with the offset at the wall time, then correct.
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const p = zonedParts(guess, timeZone);
    const seen = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) / 1000;
    guess += wall - seen;
  }
  return guess;
}
