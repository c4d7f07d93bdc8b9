import { describe, expect, it } from "vitest";
// zonedParts as first written, straight from Intl (time.ts keeps it): the cached offsets must agree with it.
import {
  intlParts as byIntl,
  formatNewsTime,
  isoInZone,
  zonedParts,
  zonedToUnix,
} from "../../src/shared/time.js";
import { seededRandom as seeded } from "../articles/test-strings.js";

const ZONES = [
  "Asia/Baghdad",
  "Europe/Moscow",
  "Asia/Tehran",
  "America/New_York",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
];
const DAY = 86_400;
const FROM = Date.UTC(1900, 0, 1) / 1000;
const TO = Date.UTC(2060, 0, 1) / 1000;

function offsetOf(unixSeconds: number, timeZone: string): number {
  const p = byIntl(unixSeconds, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) / 1000 - unixSeconds;
}

/** The instants (whole seconds) at which the zone's offset changes, found day by day then bisected. */
function transitions(timeZone: string): number[] {
  const found: number[] = [];
  let before = offsetOf(FROM, timeZone);
  for (let day = FROM + DAY; day < TO; day += DAY) {
    const after = offsetOf(day, timeZone);
    if (after === before) continue;
    let low = day - DAY;
    let high = day;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (offsetOf(middle, timeZone) === before) low = middle;
      else high = middle;
    }
    found.push(high);
    before = after;
  }
  return found;
}

describe("zonedParts", () => {
  it("reads Baghdad time", () => {
    expect(zonedParts(Date.UTC(2021, 1, 19, 10, 26, 5) / 1000, "Asia/Baghdad")).toEqual({
      year: 2021,
      month: 2,
      day: 19,
      hour: 13,
      minute: 26,
      second: 5,
    });
  });

  it.each(ZONES)("agrees with Intl around every offset change of %s since 1900", (timeZone) => {
    const changes = transitions(timeZone);
    // Every zone left local mean time, and most have had DST or moved (Kathmandu to +5:45 in 1986).
    expect(changes.length).toBeGreaterThan(1);
    // What zonedParts assumes: no zone changes its offset twice within one 15-minute window.
    const gaps = changes.slice(1).map((change, index) => change - (changes[index] as number));
    expect(Math.min(...gaps)).toBeGreaterThan(15 * 60);
    const random = seeded(changes.length);
    const instants: number[] = [];
    for (const change of changes) {
      for (const delta of [-3601, -3600, -901, -900, -899, -61, -2, -1, 0, 1, 2, 59, 899, 900, 901, 3600])
        instants.push(change + delta);
      // Through the day around it, at odd steps and with fractions of a second.
      for (let delta = -DAY / 2; delta < DAY / 2; delta += 1307) instants.push(change + delta + random());
    }
    // Shuffled, so that windows are first met in any order.
    for (let i = instants.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [instants[i], instants[j]] = [instants[j] as number, instants[i] as number];
    }
    const disagreements = instants.filter(
      (t) => JSON.stringify(zonedParts(t, timeZone)) !== JSON.stringify(byIntl(t, timeZone)),
    );
    expect(disagreements).toEqual([]);
  });

  it("agrees with Intl at random instants, before 1970, far ahead and out of the arithmetic's range", () => {
    const random = seeded(7);
    const instants = [
      ...Array.from({ length: 3000 }, () => FROM + random() * (TO - FROM)),
      ...Array.from({ length: 300 }, () => (random() - 0.5) * 2e11),
      Date.UTC(1000, 0, 2) / 1000 - 0.5,
      Date.UTC(1000, 0, 2) / 1000,
      Date.UTC(9999, 11, 30) / 1000 - 0.001,
      Date.UTC(9999, 11, 30) / 1000,
      -0.0004,
      -1.5,
      0,
    ];
    for (const timeZone of [...ZONES, "UTC", "Pacific/Apia", "America/St_Johns"]) {
      const disagreements = instants.filter(
        (t) => JSON.stringify(zonedParts(t, timeZone)) !== JSON.stringify(byIntl(t, timeZone)),
      );
      expect(disagreements).toEqual([]);
    }
  });

  it("rejects what Intl rejects", () => {
    expect(() => zonedParts(0, "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => zonedParts(Number.NaN, "Asia/Baghdad")).toThrow(RangeError);
    expect(() => zonedParts(Number.POSITIVE_INFINITY, "Asia/Baghdad")).toThrow(RangeError);
  });
});

describe("formatting in a zone", () => {
  const instant = Date.UTC(2021, 1, 19, 10, 26, 0) / 1000;

  it("writes the news time and ISO 8601 with the offset", () => {
    expect(formatNewsTime(instant, "Asia/Baghdad")).toBe("2021.02.19 – 13:26");
    expect(isoInZone(instant, "Asia/Baghdad")).toBe("2021-02-19T13:26:00+03:00");
    expect(isoInZone(instant, "Asia/Kathmandu")).toBe("2021-02-19T16:11:00+05:45");
  });

  it("finds the instant of a wall-clock time", () => {
    expect(zonedToUnix("Asia/Baghdad", 2021, 2, 19, 13, 26)).toBe(instant);
  });
});
