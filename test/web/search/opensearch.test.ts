import { describe, expect, it } from "vitest";
import { openSearchDescription } from "../../../src/web/search/opensearch.js";

describe("OpenSearch description", () => {
  it("escapes the site's values and keeps the template parameter", () => {
    const xml = openSearchDescription({
      title: 'News & "Views" <of> the Tigris Courier',
      baseUrl: "https://example.org",
      language: "ar",
    });
    expect(xml).toContain("<ShortName>News &amp; &quot;Views&quot; …</ShortName>");
    expect(xml).toContain('template="https://example.org/search?q={searchTerms}"');
    expect(xml).toContain("<Language>ar</Language>");
    expect(xml).not.toContain("<of>");
  });
});
