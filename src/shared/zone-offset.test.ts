import { describe, expect, it } from "vitest";
import { zonedParts } from "./time.js";
import { zonedDate } from "./zone-offset.js";

const ZONES = [
  "UTC",
  "Asia/Baghdad",
  "Europe/Moscow",
  "Asia/Tehran",
  "America/New_York",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Europe/Kyiv",
  "Pacific/Apia",
];

describe("zonedDate", () => {
  it("gives Intl's date for instants across decades, DST changes and zone changes", () => {
    // About 9,000 instants per zone from 1970 to 2035, 2.5 days apart: an odd stride lands at every time
    // of day over the years.
    const stride = (37 * 60 + 13) * 97;
    for (const zone of ZONES) {
      for (let t = 0; t < 2_070_000_000; t += stride) {
        const p = zonedParts(t, zone);
        expect(zonedDate(t, zone), `${zone} at ${t}`).toEqual({ year: p.year, month: p.month, day: p.day });
      }
    }
  });

  it("is right at the seconds around a DST change", () => {
    // New York sprang forward at 2021-03-14 07:00 UTC; Lord Howe moves by 30 minutes.
    const instants = [Date.UTC(2021, 2, 14, 7) / 1000, Date.UTC(2021, 9, 2, 15, 30) / 1000];
    for (const zone of ["America/New_York", "Australia/Lord_Howe"]) {
      for (const at of instants) {
        for (let t = at - 7200; t <= at + 7200; t += 60) {
          const p = zonedParts(t, zone);
          expect(zonedDate(t, zone)).toEqual({ year: p.year, month: p.month, day: p.day });
        }
      }
    }
  });
});
