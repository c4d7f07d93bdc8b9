import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SITE_CSS, SITE_CSS_PATH } from "../../../src/web/views/index.js";

describe("SITE_CSS", () => {
  it("is served at a path versioned by its content hash", () => {
    const hash = createHash("sha256").update(SITE_CSS).digest("hex").slice(0, 10);
    expect(SITE_CSS_PATH).toBe(`/assets/site.${hash}.css`);
  });

  it("stays small", () => {
    expect(Buffer.byteLength(SITE_CSS)).toBeLessThan(8 * 1024);
  });

  it("has balanced braces", () => {
    let depth = 0;
    for (const ch of SITE_CSS) {
      if (ch === "{") depth++;
      if (ch === "}") depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it("uses logical properties only, so RTL needs no rules of its own", () => {
    expect(SITE_CSS).not.toMatch(/(margin|padding|border)-(left|right)\b/);
    expect(SITE_CSS).not.toMatch(/[;{](left|right):/);
    expect(SITE_CSS).not.toMatch(/text-align:(left|right)/);
    expect(SITE_CSS).not.toMatch(/float:/);
  });

  it("never letter-spaces (it breaks Arabic joining)", () => {
    expect(SITE_CSS).not.toMatch(/letter-spacing/);
  });

  it("has dark mode, spoilers, focus styles, an Arabic font stack and print rules", () => {
    expect(SITE_CSS).toContain("prefers-color-scheme:dark");
    expect(SITE_CSS).toMatch(/\.spoiler:hover,\.spoiler:focus/);
    expect(SITE_CSS).toContain(":focus-visible");
    expect(SITE_CSS).toContain('"Noto Naskh Arabic"');
    expect(SITE_CSS).toContain("@media print");
    expect(SITE_CSS).toContain("max-inline-size:70ch");
  });
});
