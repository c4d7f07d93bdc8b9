// The SearchIndex contract, on SQLite (FTS5) and PostgreSQL (tsvector): the same documents and queries
// must find the same articles on both.
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeDocument } from "../../../src/search/analyze-document.js";
import { analyzeQuery } from "../../../src/search/query.js";
import { specOfQuery } from "../../../src/search/query-spec.js";
import { createSearchIndex } from "../../../src/store/search/create-search-index.js";
import type { SearchDocument } from "../../../src/store/search/document.js";
import type { MatchFilters } from "../../../src/store/search/match-spec.js";
import type { SearchIndex } from "../../../src/store/search/search-index.js";
import { describeEachDatabase } from "../../helpers/databases.js";

const DAY = 86_400;
const T0 = Date.UTC(2024, 2, 1) / 1000;

function doc(articleId: number, headline: string, body: string, extra: Partial<SearchDocument> = {}) {
  return {
    articleId,
    channelId: 1,
    publishedAt: T0 + articleId * DAY,
    headline,
    place: null,
    body,
    tags: [],
    ...extra,
  } satisfies SearchDocument;
}

const DOCS: SearchDocument[] = [
  doc(1, "وزير الكهرباء يزور محطة جديدة", "قال وزير الكهرباء إن المحطة ستعمل قبل الصيف.", {
    tags: ["العراق"],
    place: "البصرة",
  }),
  doc(2, "Ministers announce a new power station", "The ministry announced that the station opens in May.", {
    tags: ["energy"],
  }),
  doc(3, "مُسْتَشْفَى جديد في الموصل", "افتتحت الوزارة مستشفى للأطفال في مدينة الموصل.", { channelId: 2 }),
  doc(4, "Floods close roads in the north", "Heavy rain flooded several villages; roads were closed.", {
    channelId: 2,
    tags: ["weather", "energy"],
  }),
  doc(5, "Talks on the water agreement", "Negotiators said the water agreement talks will resume.", {}),
];

/** Documents as the indexers hand them to the index: analysed (search/analyze-document.ts). */
const analyzed = (docs: SearchDocument[]) => docs.map(analyzeDocument);

async function ids(index: SearchIndex, q: string, filters: MatchFilters = {}): Promise<number[]> {
  const result = await index.query(specOfQuery(analyzeQuery(q), filters), { order: "recent", window: 100 });
  return result.hits.map((h) => h.articleId).sort((a, b) => a - b);
}

describeEachDatabase("search index", (getDb) => {
  let index: SearchIndex;

  beforeAll(async () => {
    index = createSearchIndex(getDb().db);
    await index.index(analyzed(DOCS));
  });

  describe("Arabic orthography", () => {
    it("finds a word written with or without hamza, with the article, with diacritics", async () => {
      expect(await ids(index, "الكهرباء")).toEqual([1]);
      expect(await ids(index, "كهرباء")).toEqual([1]);
      expect(await ids(index, "والكهرباء")).toEqual([1]);
      expect(await ids(index, "الوزير")).toEqual([1]);
      // hamza on alef: "إفتتحت" vs "افتتحت"
      expect(await ids(index, "إفتتحت")).toEqual([3]);
      // the headline has diacritics, the query none; the query diacritics, the text none
      expect(await ids(index, "مستشفى")).toEqual([3]);
      expect(await ids(index, "مُسْتَشْفَى")).toEqual([3]);
      // taa marbuta written as heh, alef maqsura as yeh, tatweel
      expect(await ids(index, "محطه")).toEqual([1]);
      expect(await ids(index, "مستشفي")).toEqual([3]);
      expect(await ids(index, "المـوصـل")).toEqual([3]);
    });

    it("finds the dateline's place", async () => {
      expect(await ids(index, "بصرة")).toEqual([1]);
    });
  });

  it("finds an English word by another inflection", async () => {
    expect(await ids(index, "announcement")).toEqual([2]);
    expect(await ids(index, "flooding")).toEqual([4]);
    expect(await ids(index, "minister")).toEqual([2]);
  });

  it("requires every term, honours phrases and exclusions", async () => {
    expect(await ids(index, "water agreement")).toEqual([5]);
    expect(await ids(index, "water floods")).toEqual([]);
    expect(await ids(index, '"agreement talks"')).toEqual([5]);
    expect(await ids(index, '"talks agreement"')).toEqual([]);
    expect(await ids(index, "station")).toEqual([2]);
    expect(await ids(index, "roads -rain")).toEqual([]);
    expect(await ids(index, "roads -sunshine")).toEqual([4]);
  });

  it("a phrase does not run from the headline into the body", async () => {
    // headline of 5 ends in "agreement", its body starts with "negotiators"
    expect(await ids(index, '"agreement negotiators"')).toEqual([]);
  });

  it("filters by channel, tag and time", async () => {
    // tags filter; they are not text
    expect(await ids(index, "energy station")).toEqual([]);
    const both = await ids(index, "the");
    expect(both).toEqual([2, 4, 5]);
    expect(await ids(index, "the", { channelId: 2 })).toEqual([4]);
    expect(await ids(index, "the", { tag: "energy" })).toEqual([2, 4]);
    expect(await ids(index, "the", { tag: "Energy" })).toEqual([2, 4]);
    expect(await ids(index, "the", { from: T0 + 3 * DAY })).toEqual([4, 5]);
    expect(await ids(index, "the", { to: T0 + 3 * DAY })).toEqual([2]);
    expect(await ids(index, "the", { from: T0 + 4 * DAY, to: T0 + 5 * DAY })).toEqual([4]);
    expect(await ids(index, "الموصل", { tag: "energy" })).toEqual([]);
    expect(await ids(index, "وزير", { tag: "العراق" })).toEqual([1]);
  });

  it("ranks a headline match above a body match", async () => {
    await index.index(
      analyzed([
        doc(20, "Bridge repairs finished", "Work crews finished on time."),
        doc(21, "Traffic update", "Crews say the bridge will reopen after repairs."),
      ]),
    );
    const result = await index.query(specOfQuery(analyzeQuery("bridge")), { order: "recent", window: 10 });
    const byId = new Map(result.hits.map((h) => [h.articleId, h.relevance]));
    expect(byId.get(20)).toBeGreaterThan(byId.get(21)!);
    expect(result.complete).toBe(true);
    await index.remove([20, 21]);
  });

  it("an edited article is found by its new words, not its old ones", async () => {
    await index.index(
      analyzed([doc(5, "Talks on the river treaty", "Negotiators said the treaty talks resume.")]),
    );
    expect(await ids(index, "treaty")).toEqual([5]);
    expect(await ids(index, "agreement")).toEqual([]);
    expect(await index.count()).toBe(DOCS.length);
  });

  it("a removed article is not found", async () => {
    await index.remove([4, 999]);
    expect(await ids(index, "floods")).toEqual([]);
    expect(await index.count()).toBe(DOCS.length - 1);
    await index.index(analyzed([DOCS[3]!]));
    expect(await ids(index, "floods")).toEqual([4]);
  });

  it("counts document frequencies up to a cap", async () => {
    expect(await index.documentFrequency("the", 100)).toBe(3);
    expect(await index.documentFrequency("the", 2)).toBe(2);
    expect(await index.documentFrequency("zebra", 100)).toBe(0);
  });

  it("answers the most relevant matches of any term", async () => {
    const spec = { mode: "any" as const, phrases: [["flood"], ["treati"]], excluded: [] };
    const result = await index.query(spec, { order: "relevance", limit: 10 });
    expect(result.hits.map((h) => h.articleId).sort()).toEqual([4, 5]);
  });
});

// Past a few thousand matches the SQLite index reads only the newest of them (store/search/dialect/sqlite.ts), as
// PostgreSQL always does: the answer then says it is not complete, and holds the newest.
describeEachDatabase("search index with common terms", (getDb) => {
  const MANY = 5_200;
  let index: SearchIndex;

  beforeAll(async () => {
    index = createSearchIndex(getDb().db);
    const docs: SearchDocument[] = [];
    for (let id = 1; id <= MANY; id++) {
      const headline = id % 100 === 0 ? `Market report ${id}` : `Daily note ${id}`;
      const body = `The market opened. ${id % 1000 === 7 ? "A rare zephyr was seen." : "Nothing else."}`;
      docs.push(doc(id, headline, body));
    }
    await index.index(analyzed(docs));
  });

  it("answers a query of common terms with the newest matches, and says so", async () => {
    const result = await index.query(specOfQuery(analyzeQuery("market")), { order: "recent", window: 300 });
    expect(result.complete).toBe(false);
    const ids = result.hits.map((h) => h.articleId);
    expect(ids.length).toBeGreaterThanOrEqual(300);
    // at least the newest 300, whichever else a dialect adds
    for (let id = MANY; id > MANY - 300; id--) expect(ids).toContain(id);
    // a headline match outranks a body match
    const relevance = new Map(result.hits.map((h) => [h.articleId, h.relevance]));
    expect(relevance.get(5200)).toBeGreaterThan(relevance.get(5199)!);
  });

  it("finds every match of a rare term, however old, next to common ones", async () => {
    const result = await index.query(specOfQuery(analyzeQuery("market zephyr")), {
      order: "recent",
      window: 300,
    });
    expect(result.complete).toBe(true);
    expect(result.hits.map((h) => h.articleId).sort((a, b) => a - b)).toEqual([
      7, 1007, 2007, 3007, 4007, 5007,
    ]);
  });
});
