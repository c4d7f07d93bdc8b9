import { describe, expect, it } from "vitest";
import { searchUrl } from "../../../src/web/search/search-url.js";

describe("search addresses", () => {
  it("writes search addresses with the filters kept", () => {
    expect(searchUrl({ q: "جسر بغداد", tag: "energy" }, 2)).toBe(
      `/search?q=${encodeURIComponent("جسر").replaceAll("%20", "+")}+${encodeURIComponent("بغداد")}&tag=energy&page=2`,
    );
    expect(searchUrl({})).toBe("/search");
    expect(searchUrl({ q: "a&b" })).toBe("/search?q=a%26b");
  });
});
