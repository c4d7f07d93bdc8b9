import { describe, expect, it } from "vitest";
import { linkTarget, safeUrl } from "../../src/articles/entity-links.js";

describe("safeUrl", () => {
  it("allows http, https, mailto and tg only", () => {
    expect(safeUrl("https://example.org/a b")).toBe("https://example.org/a%20b");
    expect(safeUrl("mailto:desk@example.org")).toBe("mailto:desk@example.org");
    expect(safeUrl("tg://resolve?domain=people")).toBe("tg://resolve?domain=people");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("JAVASCRIPT:alert(1)")).toBeNull();
    expect(safeUrl("vbscript:x")).toBeNull();
    expect(safeUrl("not a url")).toBeNull();
  });
});

describe("linkTarget", () => {
  it("links mentions to t.me and hashtags to tag pages", () => {
    expect(linkTarget({ type: "mention", offset: 0, length: 7 }, "@people")).toEqual({
      href: "https://t.me/people",
      internal: false,
    });
    expect(linkTarget({ type: "hashtag", offset: 0, length: 6 }, "#Basra")).toEqual({
      href: "/tag/basra/",
      internal: true,
    });
  });

  it("returns null for entities without a safe target", () => {
    expect(linkTarget({ type: "text_link", offset: 0, length: 1 }, "x")).toBeNull();
    expect(linkTarget({ type: "email", offset: 0, length: 5 }, "a b@c")).toBeNull();
    expect(linkTarget({ type: "bold", offset: 0, length: 1 }, "x")).toBeNull();
  });
});
