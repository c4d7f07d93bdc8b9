import { describe, expect, it } from "vitest";
import { datePartsInZone } from "../../src/articles/date-parts.js";

describe("datePartsInZone", () => {
  // 2021-02-18T22:30:00Z is already 19 February in Baghdad (UTC+3).
  const lateEveningUtc = Date.UTC(2021, 1, 18, 22, 30) / 1000;

  it("gives the newsroom's calendar day", () => {
    expect(datePartsInZone(lateEveningUtc, "Asia/Baghdad")).toEqual({ y: 2021, m: 2, d: 19 });
    expect(datePartsInZone(lateEveningUtc, "UTC")).toEqual({ y: 2021, m: 2, d: 18 });
  });
});
