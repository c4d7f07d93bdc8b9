// `npm run bench`: measures import throughput and memory, and page serving against a plain Node server
// serving the same bytes, in one run on this machine; writes docs/benchmarks.md.
//   --posts N       posts in the synthetic export (default 100000)
//   --duration S    seconds per HTTP measurement (default 10)
//   --connections C concurrent connections (default 32)
//   --imports K     times the import runs, each into a new database (default 3; the median is reported)
//   --search-sizes  article counts of the search benchmark (default 100000,1000000); --help lists these
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { benchFeeds } from "./feeds.js";
import { generateExport } from "./generate-export.js";
import { benchSearch } from "./search.js";
import { benchWebhook } from "./webhook.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const work = path.join(root, ".bench");

const USAGE = `usage: npm run bench -- [options]
  --posts N             posts in the synthetic export (default 100000)
  --duration S          seconds per HTTP measurement (default 10)
  --connections C       concurrent connections (default 32)
  --imports K           times the import runs, each into a new database (default 3; the median is reported)
  --search-sizes A,B    article counts of the search benchmark (default 100000,1000000)`;

function usageError(message: string): never {
  process.stderr.write(`bench: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    options: {
      posts: { type: "string", default: "100000" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "32" },
      imports: { type: "string", default: "3" },
      "search-sizes": { type: "string", default: "100000,1000000" },
      help: { type: "boolean", default: false },
    },
  });
}
try {
  parsed = parseOptions();
} catch (error) {
  usageError(error instanceof Error ? error.message : String(error));
}
const { values } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const posts = Number(values.posts);
const duration = Number(values.duration);
const connections = Number(values.connections);
const imports = Number(values.imports);
if (!Number.isInteger(posts) || posts < 10) usageError("--posts must be a whole number ≥ 10");
if (!Number.isInteger(imports) || imports < 1) usageError("--imports must be a whole number ≥ 1");
if (!(duration > 0)) usageError("--duration must be a number of seconds above 0");
if (!Number.isInteger(connections) || connections < 1) usageError("--connections must be a whole number ≥ 1");

interface ImportRun {
  posts: number;
  created: number;
  storeSeconds: number;
  storeCpuSeconds: number;
  indexSeconds: number;
  closeSeconds: number;
  maxRssMB: number;
}

/** The run with the median store time (the lower middle one of an even count). */
function medianRun(runs: ImportRun[]): ImportRun {
  const sorted = [...runs].sort((a, b) => a.storeSeconds - b.storeSeconds);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function child(script: string, args: string[]): { proc: ChildProcess; firstLine: Promise<string> } {
  const proc = spawn(process.execPath, [path.join(here, script), ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const firstLine = new Promise<string>((resolve, reject) => {
    let buf = "";
    proc.stdout!.on("data", (d: Buffer) => {
      buf += d.toString();
      const nl = buf.indexOf("\n");
      if (nl >= 0) resolve(buf.slice(0, nl));
    });
    proc.on("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { proc, firstLine };
}

interface HttpResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string): Promise<HttpResult> {
  const r = await autocannon({ url, connections, duration, pipelining: 1 });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function main() {
  await mkdir(work, { recursive: true });
  const exportDir = path.join(work, `export-${posts}`);
  if (!existsSync(path.join(exportDir, "result.json"))) {
    console.log(`generating a synthetic export of ${posts} posts…`);
    await generateExport(exportDir, posts);
  }
  const size = (await readFile(path.join(exportDir, "result.json"))).length;
  const database = path.join(work, "bench.db");
  const mediaDir = path.join(work, "media");

  console.log(`importing ${posts} posts (${(size / 1048576).toFixed(0)} MB), ${imports} times…`);
  // Each run starts from an empty database (import-child removes it); the last one is served below.
  const runs: ImportRun[] = [];
  for (let i = 0; i < imports; i++) {
    const run = JSON.parse(
      await child("import-child.js", [exportDir, database, mediaDir]).firstLine,
    ) as ImportRun;
    runs.push(run);
    console.log(
      `  stored: ${(run.posts / run.storeSeconds).toFixed(0)} posts/s (${run.storeSeconds.toFixed(1)} s, ${run.storeCpuSeconds.toFixed(1)} s of CPU); search index ${run.indexSeconds.toFixed(1)} s; closing ${run.closeSeconds.toFixed(1)} s; peak RSS ${run.maxRssMB.toFixed(0)} MB`,
    );
  }
  const importResult = medianRun(runs);
  const highestRssMB = Math.max(...runs.map((r) => r.maxRssMB));
  const postsPerSecond = importResult.posts / importResult.storeSeconds;
  const totalSeconds = importResult.storeSeconds + importResult.indexSeconds + importResult.closeSeconds;

  const server = child("serve-child.js", [database, mediaDir]);
  const port = Number((await server.firstLine).split(" ")[1]);
  const base = `http://127.0.0.1:${port}`;
  const home = await fetch(`${base}/`).then((r) => r.text());
  const articlePath = /href="(\/\d{4}\/\d{2}\/\d{2}\/[^"]+\/)"/.exec(home)?.[1];
  if (!articlePath) throw new Error("no article link on the home page");
  const articleBytes = Buffer.from(await fetch(`${base}${articlePath}`).then((r) => r.text()));
  const articleFile = path.join(work, "article.html");
  await writeFile(articleFile, articleBytes);
  const stat = child("static-child.js", [articleFile]);
  const staticPort = Number((await stat.firstLine).split(" ")[1]);

  console.log(`HTTP: ${connections} connections, ${duration} s each`);
  const staticR = await load(`http://127.0.0.1:${staticPort}/`);
  console.log(`  static server, article bytes: ${staticR.rps.toFixed(0)} req/s`);
  const articleR = await load(`${base}${articlePath}`);
  console.log(`  Dateline article page:       ${articleR.rps.toFixed(0)} req/s`);
  const homeR = await load(`${base}/`);
  console.log(`  Dateline home page:          ${homeR.rps.toFixed(0)} req/s`);
  const feeds = await benchFeeds(base, { duration, connections });
  for (const [p, r] of Object.entries(feeds)) console.log(`  ${p.padEnd(28)} ${r.rps.toFixed(0)} req/s`);
  server.proc.kill();
  stat.proc.kill();

  console.log("webhook → article served, 1,000 posts…");
  const hook = await benchWebhook(path.join(work, "webhook.db"), path.join(work, "webhook-media"));
  console.log(`  p50 ${hook.p50.toFixed(1)} ms, p99 ${hook.p99.toFixed(1)} ms`);

  const searchSizes = String(values["search-sizes"])
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  const searches = [];
  for (const articles of searchSizes) {
    console.log(`search over ${articles.toLocaleString("en")} articles…`);
    const r = await benchSearch({ articles, queries: 2000, database: "sqlite" });
    console.log(
      `  p50 ${r.p50ms.toFixed(2)} ms, p99 ${r.p99ms.toFixed(2)} ms (indexed in ${r.indexSeconds.toFixed(1)} s)`,
    );
    searches.push(r);
  }

  const ratio = articleR.rps / staticR.rps;
  const cpus = os.cpus();
  const row = (name: string, r: HttpResult) =>
    `| ${name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} |`;
  const doc = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}),
${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, SQLite (WAL). Load from autocannon in the benchmark's own
process, ${connections} connections, ${duration} s per run, against servers in their own processes on the same machine.
Figures vary by about ±10% between runs.

## Import of a Telegram Desktop export

Synthetic export of ${importResult.posts.toLocaleString("en")} posts (${(size / 1048576).toFixed(0)} MB, about ${(size / importResult.posts / 1024).toFixed(1)} KB per message, Arabic and English, formatting, hashtags, a promotion line):

${runs.length} runs, each into a new database; the median run by its store time:

| posts | read and stored (commit) | posts/s | CPU while storing (all threads) | search index pass | closing | whole command | peak RSS |
|---|---|---|---|---|---|---|---|
| ${importResult.posts.toLocaleString("en")} | ${importResult.storeSeconds.toFixed(1)} s | ${postsPerSecond.toFixed(0)} | ${importResult.storeCpuSeconds.toFixed(1)} s (${((importResult.storeCpuSeconds * 1e6) / importResult.posts).toFixed(0)} µs a post) | ${importResult.indexSeconds.toFixed(1)} s | ${importResult.closeSeconds.toFixed(1)} s | ${totalSeconds.toFixed(1)} s (${(importResult.posts / totalSeconds).toFixed(0)} posts/s) | ${importResult.maxRssMB.toFixed(0)} MB |

Every run: ${runs.map((r) => `${r.storeSeconds.toFixed(1)} s stored (${r.storeCpuSeconds.toFixed(1)} s CPU), ${r.maxRssMB.toFixed(0)} MB`).join("; ")}. Highest peak RSS of the runs: ${highestRssMB.toFixed(0)} MB.

"Read and stored" runs from opening the export to the commit of its one transaction: from then on every
article is served. The search index is then brought up to date in its own pass, in bulk (the same command
shows it on its progress bar) while another thread copies the write-ahead log into the database file;
closing the database finishes that copy. The import is CPU-bound on both cores; its CPU time, summed over
its threads (V8's garbage-collection threads too), varies less from run to run than the time on the clock.
Goal: at least 20,000 posts/s with peak memory under 300 MB for 100,000 posts (see docs/import-performance.md).

## Serving pages

| server | req/s | p50 ms | p99 ms | errors |
|---|---|---|---|---|
${row("plain Node http, prebuilt buffer of the article's bytes", staticR)}
${row("Dateline, article page (page cache hit)", articleR)}
${row("Dateline, home page (page cache hit)", homeR)}

The article page runs at ${(ratio * 100).toFixed(0)}% of the static server's rate on the same ${articleBytes.length.toLocaleString("en")} bytes (goal: at least 50%).

## Feeds and sitemaps (page cache hits, gzip)

| path | req/s | p50 ms | p99 ms |
|---|---|---|---|
${Object.entries(feeds)
  .map(([p, r]) => `| \`${p}\` | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} |`)
  .join("\n")}

## Search (SQLite FTS5)

Synthetic articles indexed in bulk, then 2,000 queries of 1–3 Arabic or English words, one at a time:

| articles | index time | p50 | p99 | goal |
|---|---|---|---|---|
${searches
  .map(
    (r) =>
      `| ${r.articles.toLocaleString("en")} | ${r.indexSeconds.toFixed(1)} s | ${r.p50ms.toFixed(2)} ms | ${r.p99ms.toFixed(2)} ms | p99 < 20 ms at 1,000,000 |`,
  )
  .join("\n")}

## Live sync: webhook to page

${hook.posts.toLocaleString("en")} text posts delivered one after another to \`POST /telegram/webhook\` (SQLite), each followed by a
request for its article (\`/p/<channel>/<id>\` and the redirect): the post is stored and published before the webhook answers.

| p50 | p99 | goal |
|---|---|---|
| ${hook.p50.toFixed(1)} ms | ${hook.p99.toFixed(1)} ms | p99 under 100 ms |
`;
  await writeFile(path.join(root, "docs/benchmarks.md"), doc);
  console.log(`article/static: ${(ratio * 100).toFixed(0)}%  → docs/benchmarks.md`);
}

await main();
