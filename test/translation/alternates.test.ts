import { describe, expect, it } from "vitest";
import { alternatesOf } from "../../src/translation/alternates.js";

describe("language versions of a page", () => {
  it("lists the original first, each language once, and marks the page shown", () => {
    const original = { language: "ar", url: "/2021/02/19/x/" };
    const editions = [
      { language: "en", url: "/en/2021/02/19/x/" },
      { language: "pt_BR", url: "/pt-br/2021/02/19/x/" },
      { language: "EN", url: "/en/elsewhere/" },
    ];
    expect(alternatesOf(original, editions, "pt-br")).toEqual([
      { language: "ar", url: "/2021/02/19/x/", current: false },
      { language: "en", url: "/en/2021/02/19/x/", current: false },
      { language: "pt-br", url: "/pt-br/2021/02/19/x/", current: true },
    ]);
  });

  it("leaves out a version whose language is unknown", () => {
    const original = { language: "und", url: "/2021/02/19/x/" };
    expect(alternatesOf(original, [{ language: "en", url: "/en/x/" }], "und")).toEqual([
      { language: "en", url: "/en/x/", current: false },
    ]);
  });
});
