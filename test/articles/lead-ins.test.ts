import { describe, expect, it } from "vitest";
import { splitHead } from "../../src/articles/article-head.js";
import { richText } from "../../src/articles/rich-text.js";

describe("lead-in lines before the headline", () => {
  it("drops one kicker before a headline", () => {
    const r = splitHead(richText("عاجل\nالبرلمان يقر الموازنة العامة\nنص الخبر هنا."));
    expect(r.headline).toBe("البرلمان يقر الموازنة العامة");
  });

  it("keeps a post made of one-word lines: they are content, not kickers", () => {
    const r = splitHead(richText("italic\n\nbold\n\nunderline\n\nstrikethrough"));
    const all = `${r.headline}\n${r.body.text}`;
    for (const word of ["italic", "bold", "underline", "strikethrough"]) expect(all).toContain(word);
  });
});

describe("promotion-line candidates", () => {
  it("never counts a dateline line, however often a place recurs", async () => {
    const { candidateLines } = await import("../../src/articles/promo.js");
    const lines = candidateLines(
      "Port handles record traffic\nBasra – People\n\nBody text here.\n\nJoin us on Telegram",
    );
    expect(lines.some((l) => l.includes("basra"))).toBe(false);
    expect(lines).toContain("join us on telegram");
  });
});
