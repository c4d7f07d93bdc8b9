import { describe, expect, it } from "vitest";
import { stemEnglish } from "../../src/search/english.js";

function expectSameStem(words: string[]): string {
  const stems = words.map(stemEnglish);
  expect(new Set(stems).size, `${words.join(" / ")} → ${stems.join(" / ")}`).toBe(1);
  return stems[0] ?? "";
}

describe("stemEnglish (Porter2)", () => {
  it("conflates the inflections news text uses", () => {
    expect(expectSameStem(["running", "runs", "run"])).toBe("run");
    expect(expectSameStem(["forces", "force", "forced"])).toBe("forc");
    expect(expectSameStem(["announced", "announcement", "announces", "announcing"])).toBe("announc");
    expect(expectSameStem(["troops", "troop"])).toBe("troop");
    expect(expectSameStem(["militaries", "military"])).toBe("militari");
    expect(expectSameStem(["connection", "connected", "connecting", "connections"])).toBe("connect");
  });

  it("leaves irregular forms alone: it is a suffix stripper", () => {
    expect(stemEnglish("ran")).toBe("ran");
    expect(stemEnglish("stability")).not.toBe(stemEnglish("stable"));
  });

  it.each([
    ["consolingly", "consol"],
    ["conspiracy", "conspiraci"],
    ["constancy", "constanc"],
    ["knackeries", "knackeri"],
    ["knightly", "knight"],
    ["knives", "knive"],
    ["kneeling", "kneel"],
    ["hoping", "hope"], // short word: e restored
    ["hopeful", "hope"],
    ["happiness", "happi"],
    ["sensational", "sensat"],
    ["electricity", "electr"],
    ["generously", "generous"], // R1 after "gener"
    ["agreed", "agre"],
    ["cries", "cri"],
    ["ties", "tie"],
    ["gaps", "gap"],
    ["gas", "gas"],
    ["this", "this"],
    ["yearly", "year"], // initial y is a consonant
    ["fly", "fli"],
    ["say", "say"],
  ])("%s → %s", (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });

  it.each([
    ["dying", "die"],
    ["vying", "vie"],
    ["added", "add"],
    ["proceeded", "proceed"],
    ["innings", "inning"],
    ["beginning", "begin"],
    ["ecologist", "ecolog"],
  ])("follows the current Snowball definition: %s → %s", (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });

  it("applies the exception list", () => {
    expect(stemEnglish("skies")).toBe("sky");
    expect(stemEnglish("news")).toBe("news");
    expect(stemEnglish("early")).toBe("earli");
  });

  it("removes possessives", () => {
    expect(stemEnglish("president's")).toBe(stemEnglish("president"));
    expect(stemEnglish("ministers'")).toBe(stemEnglish("ministers"));
  });

  it("leaves words under three letters alone", () => {
    expect(stemEnglish("is")).toBe("is");
    expect(stemEnglish("us")).toBe("us");
  });
});
