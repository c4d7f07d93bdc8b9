// Old exports' zone-less dates, resolved in the zone the user names.
import { describe, expect, it } from "vitest";
import { createWallClockResolver, isValidTimeZone } from "../../../src/telegram/export/zoned-time.js";

const utc = (iso: string) => Date.parse(`${iso}Z`) / 1000;

describe("createWallClockResolver", () => {
  it("resolves Europe/Moscow across its offset changes (DST until 2011, +4 until 2014, +3 since)", () => {
    const moscow = createWallClockResolver("Europe/Moscow");
    expect(moscow("2010-01-15T12:00:00")).toBe(utc("2010-01-15T09:00:00")); // MSK +3
    expect(moscow("2010-07-15T12:00:00")).toBe(utc("2010-07-15T08:00:00")); // MSD +4
    expect(moscow("2013-01-15T12:00:00")).toBe(utc("2013-01-15T08:00:00")); // permanent +4
    expect(moscow("2020-11-12T12:54:07")).toBe(utc("2020-11-12T09:54:07")); // +3
  });

  it("resolves Asia/Baghdad, which kept DST until 2007", () => {
    const baghdad = createWallClockResolver("Asia/Baghdad");
    expect(baghdad("2006-07-01T10:00:00")).toBe(utc("2006-07-01T06:00:00")); // +4
    expect(baghdad("2006-12-01T10:00:00")).toBe(utc("2006-12-01T07:00:00")); // +3
    expect(baghdad("2021-07-14T18:52:46")).toBe(utc("2021-07-14T15:52:46"));
  });

  it("resolves America/New_York around the 2021 spring-forward change", () => {
    const newYork = createWallClockResolver("America/New_York");
    expect(newYork("2021-03-14T01:59:59")).toBe(utc("2021-03-14T06:59:59")); // EST -5
    expect(newYork("2021-03-14T03:00:00")).toBe(utc("2021-03-14T07:00:00")); // EDT -4
    // 02:30 never happened that night; it is read as 03:30 EDT, after the gap.
    expect(newYork("2021-03-14T02:30:00")).toBe(utc("2021-03-14T07:30:00"));
    expect(newYork("2021-03-13T12:00:00")).toBe(utc("2021-03-13T17:00:00"));
    expect(newYork("2021-03-15T12:00:00")).toBe(utc("2021-03-15T16:00:00"));
  });

  it("resolves America/New_York around the 2021 fall-back change", () => {
    const newYork = createWallClockResolver("America/New_York");
    expect(newYork("2021-11-07T00:30:00")).toBe(utc("2021-11-07T04:30:00")); // EDT
    // 01:30 happened twice; the earlier (EDT) is chosen.
    expect(newYork("2021-11-07T01:30:00")).toBe(utc("2021-11-07T05:30:00"));
    expect(newYork("2021-11-07T02:30:00")).toBe(utc("2021-11-07T07:30:00")); // EST
  });

  it("gives the same answer from its per-day cache as computed afresh", () => {
    const cached = createWallClockResolver("America/New_York");
    for (let hour = 0; hour < 24; hour++) {
      const wall = `2021-11-07T${String(hour).padStart(2, "0")}:15:00`;
      expect(cached(wall)).toBe(createWallClockResolver("America/New_York")(wall));
      expect(cached(wall)).toBe(cached(wall));
    }
  });

  it("rejects text that is not an ISO local time", () => {
    const resolve = createWallClockResolver("UTC");
    expect(resolve("2021-11-07 01:30")).toBeUndefined();
    expect(resolve("2021-11-07T01:30:00Z")).toBeUndefined();
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA names and refuses others", () => {
    expect(isValidTimeZone("Asia/Baghdad")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});
