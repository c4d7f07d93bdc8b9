import { describe, expect, it } from "vitest";
import { firstSentence, hasSentenceBreak } from "../../src/articles/sentences.js";

describe("firstSentence", () => {
  it("ends at the first full stop, question or exclamation mark", () => {
    expect(firstSentence("The bridge reopened. Traffic resumed at noon.")).toBe("The bridge reopened.");
    expect(firstSentence("Will the talks resume? Nobody knows.")).toBe("Will the talks resume?");
  });

  it("does not end at abbreviations or initials", () => {
    expect(firstSentence("U.S. officials met Mr. Karim in Erbil. Then they left.")).toBe(
      "U.S. officials met Mr. Karim in Erbil.",
    );
  });

  it("keeps closing quotes with the sentence", () => {
    expect(firstSentence("He said “we will stay.” Others disagreed.")).toBe("He said “we will stay.”");
  });

  it("ends at the Arabic question mark and at the line end", () => {
    expect(firstSentence("هل تعود المفاوضات؟ لا أحد يعرف.")).toBe("هل تعود المفاوضات؟");
    expect(firstSentence("no stop here\nnext line.")).toBe("no stop here");
  });

  it("ends at the Urdu full stop", () => {
    expect(firstSentence("پہلا جملہ۔ دوسرا جملہ۔")).toBe("پہلا جملہ۔");
  });
});

describe("hasSentenceBreak", () => {
  it("is true only when a sentence follows another", () => {
    expect(hasSentenceBreak("One sentence.")).toBe(false);
    expect(hasSentenceBreak("One. Two.")).toBe(true);
    expect(hasSentenceBreak("U.S. troops leave")).toBe(false);
  });
});
