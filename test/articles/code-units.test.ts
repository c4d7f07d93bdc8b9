import { describe, expect, it } from "vitest";
import { CodeUnits } from "../../src/articles/code-units.js";

const unitsOf = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe("CodeUnits", () => {
  it("copies the code units of short and long text, lone surrogates included, growing as needed", () => {
    const units = new CodeUnits();
    const texts = ["", "قال", "a\ud800b\udc00🔴", "بغداد – الناس ".repeat(10), "x\ud83d".repeat(5000), "ok"];
    for (const text of texts)
      expect(Array.from(units.of(text).subarray(0, text.length))).toEqual(unitsOf(text));
  });
});
