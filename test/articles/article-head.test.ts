import { describe, expect, it } from "vitest";
import { splitHead } from "../../src/articles/article-head.js";
import { richText } from "../../src/articles/rich-text.js";

function head(text: string) {
  const result = splitHead(richText(text));
  return {
    headline: result.headline,
    dateline: result.dateline,
    body: result.body.text,
    source: result.headlineSource,
  };
}

describe("splitHead", () => {
  it("reads 'Headline / Place – Outlet / text'", () => {
    expect(
      head("Schools reopen in the capital\nBaghdad – People\nThe ministry said classes resume."),
    ).toEqual({
      headline: "Schools reopen in the capital",
      dateline: { place: "Baghdad", outlet: "People" },
      body: "The ministry said classes resume.",
      source: "line",
    });
  });

  it("does not take a title-case headline for a dateline when the dateline follows", () => {
    expect(head("Iraq – Kuwait Talks\nBaghdad – People\nThe talks resumed.")).toMatchObject({
      headline: "Iraq – Kuwait Talks",
      dateline: { place: "Baghdad", outlet: "People" },
      body: "The talks resumed.",
    });
  });

  it("reads 'Place – Outlet / Headline / text'", () => {
    expect(head("بغداد – الناس\nعودة الدوام في المدارس\nقالت الوزارة إن الدوام يعود.")).toEqual({
      headline: "عودة الدوام في المدارس",
      dateline: { place: "بغداد", outlet: "الناس" },
      body: "قالت الوزارة إن الدوام يعود.",
      source: "line",
    });
  });

  it("reads a dateline opening the first paragraph after a headline", () => {
    expect(head("Schools reopen\n\nBaghdad – People: The ministry said classes resume.")).toMatchObject({
      headline: "Schools reopen",
      dateline: { place: "Baghdad", outlet: "People" },
      body: "The ministry said classes resume.",
    });
  });

  it("reads a dateline opening a post without a headline line", () => {
    expect(
      head(
        "Baghdad – People: The ministry said classes resume on Sunday. Teachers were told to report early.",
      ),
    ).toMatchObject({
      headline: "The ministry said classes resume on Sunday",
      dateline: { place: "Baghdad", outlet: "People" },
      body: "The ministry said classes resume on Sunday. Teachers were told to report early.",
      source: "sentence",
    });
  });

  it("drops emoji rules and a one-word kicker before the headline", () => {
    expect(head("🔴🔴🔴\nعاجل\nانقطاع الكهرباء في البصرة\nقالت الوزارة إن العطل سيصلح.")).toMatchObject({
      headline: "انقطاع الكهرباء في البصرة",
      body: "قالت الوزارة إن العطل سيصلح.",
    });
  });

  it("has no headline for empty text", () => {
    expect(head("")).toEqual({ headline: "", dateline: null, body: "", source: "none" });
  });
});
