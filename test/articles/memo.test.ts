import { describe, expect, it } from "vitest";
import { memoized } from "../../src/articles/memo.js";

describe("memoized", () => {
  it("computes each argument once, null answers included", () => {
    const calls: string[] = [];
    const lookup = memoized((key: string) => {
      calls.push(key);
      return key === "none" ? null : key.toUpperCase();
    });
    expect([lookup("a"), lookup("none"), lookup("a"), lookup("none")]).toEqual(["A", null, "A", null]);
    expect(calls).toEqual(["a", "none"]);
  });

  it("starts again empty when full, and still answers right", () => {
    let calls = 0;
    const double = memoized((key: string) => {
      calls++;
      return key + key;
    }, 2);
    expect([double("a"), double("b"), double("c"), double("a")]).toEqual(["aa", "bb", "cc", "aa"]);
    expect(calls).toBe(4);
  });
});
