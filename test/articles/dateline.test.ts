import { describe, expect, it } from "vitest";
import { extractDateline, isDatelineLine } from "../../src/articles/dateline.js";
import { richText } from "../../src/articles/rich-text.js";
import { entityAt } from "./test-entities.js";

function dateline(text: string) {
  const match = extractDateline(richText(text));
  return match && { ...match.dateline, form: match.form, rest: match.rest.text };
}

describe("extractDateline: a line of its own", () => {
  it.each([
    ["Baghdad – People\nThe ministry said.", "Baghdad", "People"],
    ["Baghdad - People:\nThe ministry said.", "Baghdad", "People"],
    ["Gaza City — Al Quds News\nThe ministry said.", "Gaza City", "Al Quds News"],
    ["بغداد – الناس\nقالت الوزارة.", "بغداد", "الناس"],
    ["بغداد - الناس\nقالت الوزارة.", "بغداد", "الناس"],
    ["📍 Basra –People\nThe ministry said.", "Basra", "People"],
  ])("%j", (text, place, outlet) => {
    expect(dateline(text)).toMatchObject({ place, outlet, form: "line" });
  });

  it("returns the rest with entities shifted", () => {
    const text = "Baghdad – People\nThe ministry said.";
    const match = extractDateline(richText(text, [entityAt(text, "ministry", "bold")]));
    expect(match?.rest).toEqual({
      text: "The ministry said.",
      entities: [{ type: "bold", offset: 4, length: 8 }],
    });
  });
});

describe("extractDateline: opening a paragraph", () => {
  it("takes 'Place – Outlet:' and keeps the paragraph", () => {
    expect(dateline("Baghdad – People: The ministry said on Monday that schools reopen.")).toEqual({
      place: "Baghdad",
      outlet: "People",
      form: "prefix",
      rest: "The ministry said on Monday that schools reopen.",
    });
    expect(dateline("بغداد – الناس: قالت الوزارة إن المدارس ستفتح.")).toMatchObject({
      place: "بغداد",
      outlet: "الناس",
      rest: "قالت الوزارة إن المدارس ستفتح.",
    });
  });

  it("takes 'Place –' without an outlet when prose follows", () => {
    expect(dateline("Mosul – The governor said on Monday that the bridge will reopen.")).toEqual({
      place: "Mosul",
      outlet: null,
      form: "prefix",
      rest: "The governor said on Monday that the bridge will reopen.",
    });
  });
});

describe("extractDateline: conservative", () => {
  it.each([
    "Iraq – new talks begin",
    "Iraq – Kuwait talks\nBody text.",
    "Baghdad – People said that the talks were delayed",
    "The minister, in Baghdad – People\nBody.",
    "Baghdad 2021 – People\nBody.",
    "Baghdad –\nBody.",
    "Nur-Sultan hosts the summit",
    "One Two Three Four Five – People\nBody.",
  ])("%j is not a dateline", (text) => {
    expect(dateline(text)).toBeNull();
  });
});

describe("extractDateline, reading a recurring line once", () => {
  it("gives each text its own dateline object", () => {
    const first = extractDateline(richText("Baghdad – People\nOne."));
    const second = extractDateline(richText("Baghdad – People\nTwo."));
    expect(second?.dateline).toEqual(first?.dateline);
    expect(second?.dateline).not.toBe(first?.dateline);
  });
});

describe("isDatelineLine", () => {
  it.each([
    ["Baghdad – People", true],
    ["  بغداد - الناس  ", true],
    ["📍 Basra —People", true],
    // A dateline that opens a paragraph is not a line of its own.
    ["Baghdad – People: The ministry said today.", false],
    ["Iraq – Kuwait talks resume", false],
    ["Baghdad People", false],
    ["", false],
  ])("%j → %s", (line, expected) => {
    expect(isDatelineLine(line)).toBe(expected);
    // It says what extractDateline says of the line.
    expect(isDatelineLine(line)).toBe(extractDateline(richText(line))?.form === "line");
  });
});
