import { describe, expect, it } from "vitest";
import { safeReturnPath } from "../../src/auth/return-path.js";

describe("safeReturnPath", () => {
  it.each([
    ["/", "/"],
    ["/2021/02/19/some-slug/#respond", "/2021/02/19/some-slug/#respond"],
    ["/tag/news/?page=2", "/tag/news/?page=2"],
    [
      "/2021/02/19/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82/",
      "/2021/02/19/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82/",
    ],
    ["/auth/", "/auth/"],
    ["/a/../b/", "/b/"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    ["another host", "https://evil.example/"],
    ["a scheme", "javascript:alert(1)"],
    ["a data URL", "data:text/html,hi"],
    ["protocol-relative", "//evil.example/"],
    ["a backslash", "/\\evil.example/"],
    ["a backslash later", "/a\\b"],
    ["a tab the URL parser would drop", "/\t/evil.example/"],
    ["a newline", "/\n/evil.example"],
    ["a space", "/ /evil.example"],
    ["dot segments that normalize to //", "/.//evil.example/"],
    ["parent segments that normalize to //", "/a/..//evil.example/"],
    ["a relative path", "evil.example/"],
    ["nothing", ""],
    ["sign-in's own routes", "/auth/x/start?return=/"],
    ["a very long path", `/${"a".repeat(2100)}`],
  ])("refuses %s", (_why, input) => {
    expect(safeReturnPath(input)).toBeNull();
  });

  it("refuses anything but a string", () => {
    expect(safeReturnPath(undefined)).toBeNull();
    expect(safeReturnPath(["/"])).toBeNull();
  });
});
