import { describe, expect, it } from "vitest";
import { presentAlternates, presentEditionSite } from "../../../src/web/editions/present-edition.js";
import type { SiteView } from "../../../src/web/views/index.js";

const SITE: SiteView = {
  title: "Rafid",
  baseUrl: "https://news.example.org",
  language: "ar",
  direction: "rtl",
  channels: [],
  feeds: [{ title: "RSS", type: "application/rss+xml", href: "https://news.example.org/feed/" }],
};

describe("edition presenters", () => {
  it("frames an edition's pages in its language, its feeds first and its own search", () => {
    const site = presentEditionSite(SITE, "en");
    expect(site).toMatchObject({
      title: "Rafid",
      language: "en",
      direction: "ltr",
      searchPath: "/en/search",
    });
    expect(site.feeds.map((f) => f.href)).toEqual([
      "/en/feed/",
      "/en/feed/atom/",
      "/en/feed.json",
      "https://news.example.org/feed/",
    ]);
    expect(site.feeds[0]?.title).toBe("Rafid (English)");
  });

  it("labels each version in its own language, with an absolute address and the tag attributes want", () => {
    const views = presentAlternates(
      [
        { language: "ar", url: "/2021/02/19/x/", current: false },
        { language: "pt-br", url: "/pt-br/2021/02/19/x/", current: true },
      ],
      SITE.baseUrl,
    );
    expect(views).toEqual([
      {
        lang: "ar",
        dir: "rtl",
        href: "https://news.example.org/2021/02/19/x/",
        label: "العربية",
        current: false,
      },
      {
        lang: "pt-BR",
        dir: "ltr",
        href: "https://news.example.org/pt-br/2021/02/19/x/",
        label: "Português (Brasil)",
        current: true,
      },
    ]);
  });
});
