// The checker itself must catch what it is there to catch, or the page tests prove nothing.
import { describe, expect, it } from "vitest";
import { wellFormednessProblems } from "./well-formed.js";

const doc = (body: string) =>
  `<!doctype html>\n<html lang="en"><head><title>t</title></head><body><main><h1>h</h1>${body}</main></body></html>`;

describe("wellFormednessProblems", () => {
  it("accepts a balanced document with void elements", () => {
    expect(wellFormednessProblems(doc('<p>a<br/><img src="x" alt=""/></p>'))).toEqual([]);
  });

  it.each([
    ["an unclosed element", "<div><p>x</p>", /<div> left open at <\/main>/],
    ["an end tag with no start tag", "<p>x</p></span>", /stray <\/span>/],
    ["misnested tags", "<p><b>x</p></b>", /<b> left open at <\/p>/],
    ["a list inside a paragraph", "<p>x<ul><li>y</li></ul></p>", /<ul> inside <p>/],
    ["nested links", '<a href="/">x<a href="/y">y</a></a>', /<a> inside <a>/],
    ["a self-closed div", "<div/>", /self-closed non-void/],
    ["an end tag for a void element", "<br></br>", /void element/],
    ["an unescaped < in text", "<p>1 < 2</p>", /stray/],
    ["duplicate ids", '<p id="a">x</p><p id="a">y</p>', /duplicate id/],
  ])("reports %s", (_, body, problem) => {
    expect(wellFormednessProblems(doc(body)).join("\n")).toMatch(problem);
  });

  it("requires the doctype and exactly one h1", () => {
    const problems = wellFormednessProblems(doc("<h1>second</h1>").replace("<!doctype html>\n", ""));
    expect(problems.join("\n")).toMatch(/doctype/);
    expect(problems.join("\n")).toMatch(/<h1> appears 2 times/);
  });
});
