import { describe, expect, it } from "vitest";
import { renderDocument } from "../../../src/web/views/render-document.js";

describe("renderDocument", () => {
  it("renders synchronous components to a string with the doctype", () => {
    const Page = () => (
      <html lang="en">
        <body>x</body>
      </html>
    );
    expect(renderDocument(<Page />)).toBe('<!doctype html>\n<html lang="en"><body>x</body></html>');
  });

  it("refuses a tree with an async component instead of returning a Promise", () => {
    const Late = async () => <p>late</p>;
    const Page = () => (
      <html lang="en">
        <body>
          <Late />
        </body>
      </html>
    );
    expect(() => renderDocument(<Page />)).toThrow(/async components/);
  });
});
