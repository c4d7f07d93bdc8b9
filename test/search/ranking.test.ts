import { describe, expect, it } from "vitest";
import {
  ageInDays,
  RECENCY_HALF_LIFE_DAYS,
  RECENCY_WEIGHT,
  rankScore,
  recencyBoost,
} from "../../src/search/ranking.js";

const DAY_MS = 86_400_000;

describe("recencyBoost", () => {
  it("gives a new post the full bonus and half of it at the half-life", () => {
    expect(recencyBoost(0)).toBe(1 + RECENCY_WEIGHT);
    expect(recencyBoost(RECENCY_HALF_LIFE_DAYS)).toBeCloseTo(1 + RECENCY_WEIGHT / 2);
  });

  it("falls with age towards 1, never below", () => {
    const boosts = [0, 1, 7, 30, 365, 3650].map(recencyBoost);
    for (let i = 1; i < boosts.length; i++) expect(boosts[i]).toBeLessThan(boosts[i - 1] ?? 0);
    expect(recencyBoost(100_000)).toBeGreaterThan(1);
    expect(recencyBoost(100_000)).toBeCloseTo(1, 2);
  });

  it("treats negative ages (future dates) as new", () => {
    expect(recencyBoost(-3)).toBe(recencyBoost(0));
  });
});

describe("ageInDays", () => {
  it("counts fractional days and clamps the future to 0", () => {
    const now = new Date("2025-03-10T12:00:00Z");
    expect(ageInDays(new Date(now.getTime() - 1.5 * DAY_MS), now)).toBeCloseTo(1.5);
    expect(ageInDays(new Date(now.getTime() + DAY_MS), now)).toBe(0);
  });
});

describe("rankScore", () => {
  it("puts the newer of two equally relevant posts first", () => {
    expect(rankScore(3, 1)).toBeGreaterThan(rankScore(3, 20));
  });

  it("does not let freshness bury a much better match", () => {
    expect(rankScore(2.2, 365)).toBeGreaterThan(rankScore(1, 0));
  });

  it("scores zero relevance zero, and clamps negative relevance (raw FTS5 bm25) to zero", () => {
    expect(rankScore(0, 0)).toBe(0);
    expect(rankScore(-4, 0)).toBe(0);
  });
});
