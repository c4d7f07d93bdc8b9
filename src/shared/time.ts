// Time in a newsroom's zone, via Intl (no dependency). Formatters are cached per zone: creating an
// Intl.DateTimeFormat costs ~50 µs, formatting with a cached one a few µs; zone offsets are cached too
// (see zonedParts), so that most instants need no formatting at all.

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

/** The fields as Intl reads them: the definition the arithmetic below must agree with (tests check it). */
export function intlParts(unixSeconds: number, timeZone: string): ZonedParts {
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

// Formatting with Intl costs microseconds, and an import asks for the date of every post. A zone's
// UTC offset changes only at its transitions (DST, historical changes), so offsets are read from Intl
// at the edges of 15-minute windows and kept: when a window's two edges agree, the offset holds all
// through it (no zone changes its offset twice within 15 minutes) and the fields follow by
// arithmetic. A window that holds a transition is read from Intl instant by instant.

const WINDOW_MS = 15 * 60 * 1000;
/** Edges remembered per zone; past this the memory starts again empty. */
const MAX_EDGES_PER_ZONE = 100_000;
/**
 * Instants whose calendar the arithmetic shares with Intl: Intl writes years before 1 as era years
 * ("1" for 1 BC), and Date.UTC reads years below 100 as 19xx.
 */
const MIN_ARITHMETIC_MS = Date.UTC(1000, 0, 2);
const MAX_ARITHMETIC_MS = Date.UTC(9999, 11, 30);
/** How en-US formats the fields formatterFor asks for: "02/19/2021, 13:26:00". */
const FORMATTED = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

const edgeOffsets = new Map<string, Map<number, number>>();

/** The zone's UTC offset, in milliseconds, at an instant of whole seconds (a window's edge). */
function offsetAt(ms: number, timeZone: string): number {
  const match = FORMATTED.exec(formatterFor(timeZone).format(ms));
  const p = match
    ? {
        year: Number(match[3]),
        month: Number(match[1]),
        day: Number(match[2]),
        hour: Number(match[4]),
        minute: Number(match[5]),
        second: Number(match[6]),
      }
    : intlParts(ms / 1000, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - ms;
}

function edgeOffset(edge: number, timeZone: string): number {
  let edges = edgeOffsets.get(timeZone);
  if (!edges) {
    edges = new Map();
    edgeOffsets.set(timeZone, edges);
  }
  let offset = edges.get(edge);
  if (offset === undefined) {
    offset = offsetAt(edge * WINDOW_MS, timeZone);
    if (edges.size >= MAX_EDGES_PER_ZONE) edges.clear();
    edges.set(edge, offset);
  }
  return offset;
}

/** The zone's offset all through the 15-minute window holding `ms`, or null when it changes inside. */
function windowOffset(ms: number, timeZone: string): number | null {
  const edge = Math.floor(ms / WINDOW_MS);
  const offset = edgeOffset(edge, timeZone);
  return edgeOffset(edge + 1, timeZone) === offset ? offset : null;
}

/** Calendar fields of a Unix time (seconds) in a zone. */
export function zonedParts(unixSeconds: number, timeZone: string): ZonedParts {
  // The instant Intl formats: a Date truncates its milliseconds to an integer.
  const ms = Math.trunc(unixSeconds * 1000);
  if (!(ms >= MIN_ARITHMETIC_MS && ms < MAX_ARITHMETIC_MS)) return intlParts(unixSeconds, timeZone);
  const offset = windowOffset(ms, timeZone);
  if (offset === null) return intlParts(unixSeconds, timeZone);
  const local = new Date(ms + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
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
