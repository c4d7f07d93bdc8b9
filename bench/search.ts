// Search benchmark: builds a synthetic index of N articles through the SearchIndex API (analysis
// included), then measures query latency over a mix of Arabic and English queries of 1–3 words.
// Goal: p99 under 20 ms at 1,000,000 articles on SQLite.
//
//   node dist/bench/search.js [--articles 100000] [--queries 2000] [--batch 2000] [--database sqlite|postgres]
//
// The corpus: invented words (syllables of Latin letters, roots of Arabic letters with the prefixes
// and endings Arabic news text puts on them), drawn by a Zipf law as natural text is, plus each
// language's common function words, which appear in nearly every article. Half the articles are
// Arabic, half English: headlines of 6–12 words, bodies of 40–160 (Telegram posts are short).
// Queries: three in four take 1–3 words from a random article's headline (what readers search for:
// names, places, topics, with the odd common word), one in four random words of the vocabulary
// (which may match nothing). Each query is timed through what the search service does before it
// reads the page's ten rows: analysis, the index query (its candidate window), and the ranking.

import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { openDatabase } from "../src/db/connect.js";
import { analyzeDocument } from "../src/search/analyze-document.js";
import { INDEX_BATCH } from "../src/search/indexer.js";
import { analyzeQuery } from "../src/search/query.js";
import { specOfQuery } from "../src/search/query-spec.js";
import { rankHits } from "../src/search/rank-hits.js";
import { RANKED_WINDOW } from "../src/search/search-service.js";
import { createSearchIndex } from "../src/store/search/create-search-index.js";
import type { SearchDocument } from "../src/store/search/document.js";

export interface SearchBenchOptions {
  articles: number;
  queries: number;
  /** PostgreSQL: DATELINE_BENCH_POSTGRES_URL (default the test server), in a schema dropped afterwards. */
  database: "sqlite" | "postgres";
  /** Articles per index() call, one transaction each (default: the indexer's INDEX_BATCH). */
  batch?: number;
}

export interface SearchBenchResult {
  articles: number;
  p50ms: number;
  p99ms: number;
  indexSeconds: number;
}

const VOCABULARY_PER_LANGUAGE = 40_000;
/** Zipf exponent of word frequencies in running text. */
const ZIPF_S = 1.0;
const WARM_UP_QUERIES = 200;
const POSTGRES_URL = process.env.DATELINE_BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const START_TIME = Date.UTC(2019, 0, 1) / 1000;
/** Five years of posts, spread evenly. */
const SPAN_SECONDS = 5 * 365 * 86_400;

/** A small deterministic generator (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ENGLISH_COMMON =
  "the of and to in a is on for that with said by at from as was it has will were after".split(" ");
const ARABIC_COMMON = "في من على إلى عن أن التي الذي مع قال هذا كان بعد خلال وقد حيث أو بين عند".split(" ");
const SYLLABLES =
  "ba be bi bo da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi za zo".split(
    " ",
  );
const ARABIC_LETTERS = [..."بتثجحخدذرزسشصضطظعغفقكلمنهوي"];
const ARABIC_PREFIXES = ["", "", "", "ال", "ال", "وال", "بال", "و", "ل"];
const ARABIC_ENDINGS = ["", "", "", "ة", "ات", "ون", "ين", "ية"];

function englishWord(rnd: () => number): string {
  const n = 2 + Math.floor(rnd() * 3);
  let w = "";
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return w;
}

function arabicRoot(rnd: () => number): string {
  const n = 3 + Math.floor(rnd() * 3);
  let w = "";
  for (let i = 0; i < n; i++) w += ARABIC_LETTERS[Math.floor(rnd() * ARABIC_LETTERS.length)];
  return w;
}

interface Language {
  words: string[];
  /** Word index by quantile of the Zipf distribution: a uniform draw indexes it (an O(1) sampler). */
  quantiles: Int32Array;
  decorate: (word: string, rnd: () => number) => string;
}

/** Buckets of the quantile table: fine enough that the rarest words still get drawn. */
const QUANTILE_BUCKETS = 1 << 22;

function language(common: string[], make: (rnd: () => number) => string, seed: number): Language {
  const rnd = random(seed);
  const words = [...common];
  const seen = new Set(words);
  while (words.length < VOCABULARY_PER_LANGUAGE) {
    const w = make(rnd);
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  let total = 0;
  for (let i = 0; i < words.length; i++) total += 1 / (i + 1) ** ZIPF_S;
  const quantiles = new Int32Array(QUANTILE_BUCKETS);
  let word = 0;
  let cumulative = 1 / total;
  for (let b = 0; b < QUANTILE_BUCKETS; b++) {
    while ((b + 0.5) / QUANTILE_BUCKETS > cumulative && word < words.length - 1) {
      word++;
      cumulative += 1 / (word + 1) ** ZIPF_S / total;
    }
    quantiles[b] = word;
  }
  return { words, quantiles, decorate: (w) => w };
}

function zipfIndex(lang: Language, rnd: () => number): number {
  return lang.quantiles[Math.floor(rnd() * QUANTILE_BUCKETS)]!;
}

function sentence(lang: Language, rnd: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(lang.decorate(lang.words[zipfIndex(lang, rnd)]!, rnd));
  return out.join(" ");
}

function makeCorpus() {
  const english = language(ENGLISH_COMMON, englishWord, 1);
  const arabic = language(ARABIC_COMMON, arabicRoot, 2);
  const common = new Set(ARABIC_COMMON);
  arabic.decorate = (w, rnd) =>
    common.has(w)
      ? w
      : `${ARABIC_PREFIXES[Math.floor(rnd() * ARABIC_PREFIXES.length)]}${w}${ARABIC_ENDINGS[Math.floor(rnd() * ARABIC_ENDINGS.length)]}`;
  return { english, arabic };
}

type Corpus = ReturnType<typeof makeCorpus>;

function articleAt(corpus: Corpus, id: number, total: number): SearchDocument {
  const rnd = random(id * 7919 + 17);
  const lang = id % 2 === 0 ? corpus.arabic : corpus.english;
  const headline = sentence(lang, rnd, 6 + Math.floor(rnd() * 7));
  const body = sentence(lang, rnd, 40 + Math.floor(rnd() * 121));
  return {
    articleId: id,
    channelId: 1 + (id % 5),
    publishedAt: Math.floor(START_TIME + (id / total) * SPAN_SECONDS),
    headline,
    place: null,
    body,
    tags: [],
  };
}

function makeQueries(corpus: Corpus, articles: number, count: number): string[] {
  const rnd = random(99);
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const words = 1 + Math.floor(rnd() * 3);
    if (rnd() < 0.75) {
      const doc = articleAt(corpus, 1 + Math.floor(rnd() * articles), articles);
      const headline = doc.headline.split(" ");
      const start = Math.floor(rnd() * Math.max(1, headline.length - words));
      queries.push(headline.slice(start, start + words).join(" "));
    } else {
      const lang = rnd() < 0.5 ? corpus.arabic : corpus.english;
      // Readers rarely search for function words alone: draw from ranks 20 and up.
      const pick = () => lang.words[20 + Math.floor(rnd() * 20_000)]!;
      queries.push(Array.from({ length: words }, pick).join(" "));
    }
  }
  return queries;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function benchSearch(opts: SearchBenchOptions): Promise<SearchBenchResult> {
  const file = path.join(tmpdir(), `dateline-search-bench-${process.pid}.db`);
  const schema = `search_bench_${process.pid}`;
  const db =
    opts.database === "sqlite" ? await openDatabase(file) : await openDatabase(POSTGRES_URL, { schema });
  try {
    const index = createSearchIndex(db);
    const corpus = makeCorpus();
    const batch = opts.batch ?? INDEX_BATCH;

    // Only analysis and index() are timed (what the indexers do), not the making of the synthetic articles.
    let indexMs = 0;
    let indexCpuMs = 0;
    for (let first = 1; first <= opts.articles; first += batch) {
      const docs: SearchDocument[] = [];
      for (let id = first; id < first + batch && id <= opts.articles; id++) {
        docs.push(articleAt(corpus, id, opts.articles));
      }
      const started = performance.now();
      const cpu = process.cpuUsage();
      await index.index(docs.map(analyzeDocument));
      indexMs += performance.now() - started;
      const used = process.cpuUsage(cpu);
      indexCpuMs += (used.user + used.system) / 1000;
    }
    const indexSeconds = indexMs / 1000;
    // Fresh tables have no statistics yet; autovacuum gathers them soon after a bulk load in production.
    if (opts.database === "postgres") await sql`ANALYZE search_documents`.execute(db.kysely);

    const now = new Date((START_TIME + SPAN_SECONDS) * 1000);
    const run = async (q: string) => {
      const query = analyzeQuery(q);
      const { hits } = await index.query(specOfQuery(query), { order: "recent", window: RANKED_WINDOW });
      return rankHits(hits, now).length;
    };
    for (const q of makeQueries(corpus, opts.articles, WARM_UP_QUERIES)) await run(q);
    const times: number[] = [];
    // CPU time per query too: on a shared machine, wall time also counts waiting for a core.
    const cpuTimes: number[] = [];
    let empty = 0;
    for (const q of makeQueries(corpus, opts.articles, opts.queries + WARM_UP_QUERIES).slice(
      WARM_UP_QUERIES,
    )) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      if ((await run(q)) === 0) empty++;
      times.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpuTimes.sort((a, b) => a - b);
    if (process.env.DATELINE_BENCH_VERBOSE) {
      console.error(`indexing: ${(indexCpuMs / 1000).toFixed(1)} s of CPU`);
      console.error(
        `queries: ${times.length}, without results: ${empty}; wall p90 ${percentile(times, 90).toFixed(2)} ms, max ${times.at(-1)?.toFixed(1)} ms; CPU p50 ${percentile(cpuTimes, 50).toFixed(2)} ms, p99 ${percentile(cpuTimes, 99).toFixed(2)} ms`,
      );
    }
    return {
      articles: opts.articles,
      p50ms: percentile(times, 50),
      p99ms: percentile(times, 99),
      indexSeconds,
    };
  } finally {
    if (opts.database === "postgres")
      await sql.raw(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).execute(db.kysely);
    await db.close();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "100000" },
      queries: { type: "string", default: "2000" },
      batch: { type: "string" },
      database: { type: "string", default: "sqlite" },
    },
  });
  const result = await benchSearch({
    articles: Number(values.articles),
    queries: Number(values.queries),
    database: values.database === "postgres" ? "postgres" : "sqlite",
    ...(values.batch ? { batch: Number(values.batch) } : {}),
  });
  console.log(JSON.stringify(result));
}
