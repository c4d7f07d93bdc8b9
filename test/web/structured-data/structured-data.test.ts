// Structured data on plain view models: NewsArticle, BreadcrumbList, and the data block's escaping.
import { describe, expect, it } from "vitest";
import { jsonLdScript } from "../../../src/web/structured-data/json-ld.js";
import { dayArchiveOf, presentBreadcrumbs } from "../../../src/web/structured-data/present-breadcrumbs.js";
import { presentNewsArticle } from "../../../src/web/structured-data/present-news-article.js";
import { structuredDataSection } from "../../../src/web/structured-data/structured-data-section.js";
import { arabicArticle, editedEnglishArticle, site } from "../views/fixtures.js";

function blocks(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

describe("JSON-LD data blocks", () => {
  it("writes <, > and & as \\u escapes, which JSON reads back unchanged", () => {
    const html = jsonLdScript({ headline: "a </script><!-- & b" });
    expect(html).toBe(
      '<script type="application/ld+json">{"headline":"a \\u003c/script\\u003e\\u003c!-- \\u0026 b"}</script>',
    );
    expect(blocks(html)).toEqual([{ headline: "a </script><!-- & b" }]);
  });
});

describe("NewsArticle", () => {
  it("carries what Google's article structured data reads, with the channel as the organization", () => {
    const a = arabicArticle();
    expect(presentNewsArticle({ site: site(), article: a })).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      "@id": `https://news.example.org${a.url}#article`,
      mainEntityOfPage: { "@type": "WebPage", "@id": `https://news.example.org${a.url}` },
      url: `https://news.example.org${a.url}`,
      headline: a.headline,
      description: a.summary,
      image: ["https://news.example.org/media/ph/1-1280.jpg"],
      datePublished: a.publishedIso,
      dateModified: a.publishedIso,
      inLanguage: "ar",
      author: { "@type": "Organization", name: "الناس", url: "https://t.me/people" },
      publisher: { "@type": "Organization", name: "الناس", url: "https://t.me/people" },
      contentLocation: { "@type": "Place", name: "بغداد" },
      keywords: ["بغداد", "جسور"],
      sameAs: "https://t.me/people/4512",
      isAccessibleForFree: true,
    });
  });

  it("uses the edit time as dateModified and leaves out what the article lacks", () => {
    const data = presentNewsArticle({
      site: site(),
      article: editedEnglishArticle({ dateline: null, tags: [], summary: "", language: "und" }),
    });
    expect(data.dateModified).toBe("2021-03-02T09:15:00.000Z");
    for (const key of ["image", "contentLocation", "keywords", "description", "inLanguage"]) {
      expect(data, key).not.toHaveProperty(key);
    }
  });
});

describe("BreadcrumbList", () => {
  it("goes Home › the first tag (the dateline's place) › the article", () => {
    const a = arabicArticle();
    expect(presentBreadcrumbs(site(), a).itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Dateline Test", item: "https://news.example.org/" },
      {
        "@type": "ListItem",
        position: 2,
        name: "#بغداد",
        item: "https://news.example.org/tag/%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF/",
      },
      { "@type": "ListItem", position: 3, name: a.headline, item: `https://news.example.org${a.url}` },
    ]);
  });

  it("goes through the day's archive when the article has no tag", () => {
    const crumbs = presentBreadcrumbs(site(), editedEnglishArticle({ tags: [] }))
      .itemListElement as unknown[];
    expect(crumbs[1]).toEqual({
      "@type": "ListItem",
      position: 2,
      name: "2 March 2021",
      item: "https://news.example.org/2021/03/02/",
    });
    expect(dayArchiveOf("/not/a/permalink/")).toBeNull();
  });
});

describe("the article section", () => {
  it("renders both blocks into the head, with no cache tags or personal output", async () => {
    const view = arabicArticle();
    // The section reads only the view models; the rows are not consulted.
    const out = await structuredDataSection().render({
      site: site(),
      view,
      article: {} as never,
      channel: {} as never,
      reader: { cookies: {}, query: new URLSearchParams() },
    });
    expect(blocks(out.head ?? "").map((b) => b["@type"])).toEqual(["NewsArticle", "BreadcrumbList"]);
    expect(out.tags).toBeUndefined();
    expect(out.personal).toBeUndefined();
  });
});
