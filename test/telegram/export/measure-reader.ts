// Local measurement of the export reader (not a test, not in package.json). It writes a synthetic channel
// export of about 2.9 KB a message (Arabic, Cyrillic, emoji, entities, photos, albums) to the system's
// temporary folder, reads it back, and prints the rate, the peak resident memory and the CPU time of the
// main thread and of the whole process (wall time misleads on a shared machine). With --sqlite it also
// stores every message as the import would: rows with the raw JSON, one transaction per batch. Run it
// compiled:
//
//   npx tsc --outDir dist/measure --rootDir . --module nodenext --target es2022 --esModuleInterop \
//     --skipLibCheck test/telegram/export/measure-reader.ts src/telegram/export/scan-worker.ts
//   node dist/measure/test/telegram/export/measure-reader.js [--messages 100000] [--batch-size 2000] \
//     [--in-thread] [--sqlite]
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { readExport } from "../../../src/telegram/export/index.js";

const RSS_SAMPLE_MS = 20;
const MB = 1024 * 1024;
/** Linux's USER_HZ: /proc reports thread CPU times in these ticks. */
const CLOCK_TICKS_PER_SECOND = 100;

const { values: args } = parseArgs({
  options: {
    messages: { type: "string", default: "100000" },
    "in-thread": { type: "boolean", default: false },
    sqlite: { type: "boolean", default: false },
    "batch-size": { type: "string", default: "2000" },
  },
});
const messageCount = Number(args.messages);
const dataDir = path.join(os.tmpdir(), "dateline-export-measure");
const file = path.join(dataDir, `result-${messageCount}.json`);

const WORDS = [
  "Baghdad",
  "بغداد",
  "الحكومة",
  "البرلمان",
  "Министерство",
  "заявило",
  "council",
  "reported",
  "🔥",
  "oil",
];

function words(seed: number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(WORDS[(seed * 7 + i * 3) % WORDS.length] ?? "");
  return out.join(" ");
}

/** One message as Telegram Desktop lays it out: one-space indentation, text twice (text, text_entities). */
function syntheticMessage(id: number, unixtime: number): Record<string, unknown> {
  const date = new Date(unixtime * 1000).toISOString().slice(0, 19);
  if (id % 50 === 0)
    return { id, type: "service", date, date_unixtime: String(unixtime), action: "pin_message" };
  const headline = `${words(id, 8)}\n\n`;
  const body = `${words(id + 1, 55)}\n\n`;
  const tail = ` ${words(id + 2, 30)} `;
  const message: Record<string, unknown> = {
    id,
    type: "message",
    date,
    date_unixtime: String(unixtime),
    from: "Synthetic News",
    from_id: "channel1405579475",
  };
  if (id % 3 === 0)
    Object.assign(message, { photo: `photos/photo_${id}@01-01-2021_00-00-00.jpg`, width: 1280, height: 720 });
  const href = `https://example.com/news/${id}`;
  message.text = [
    { type: "bold", text: headline },
    body,
    { type: "text_link", text: "source", href },
    tail,
    { type: "hashtag", text: "#news" },
  ];
  message.text_entities = [
    { type: "bold", text: headline },
    { type: "plain", text: body },
    { type: "text_link", text: "source", href },
    { type: "plain", text: tail },
    { type: "hashtag", text: "#news" },
  ];
  return message;
}

async function writeSyntheticExport(target: string, count: number): Promise<void> {
  mkdirSync(path.dirname(target), { recursive: true });
  const handle = await open(target, "w");
  await handle.write(
    '{\n "name": "Synthetic News",\n "type": "public_channel",\n "id": 1405579475,\n "messages": [\n',
  );
  let unixtime = 1_600_000_000;
  let pending: string[] = [];
  for (let id = 1; id <= count; id++) {
    // every fifth message shares its predecessor's second: albums
    if (id % 5 !== 0) unixtime += 60;
    const json = JSON.stringify(syntheticMessage(id, unixtime), null, 1).replace(/\n/g, "\n  ");
    pending.push(`  ${json}${id < count ? ",\n" : "\n"}`);
    if (pending.length === 1000) {
      await handle.write(pending.join(""));
      pending = [];
    }
  }
  await handle.write(`${pending.join("")} ]\n}\n`);
  await handle.close();
}

function sqliteSink(): {
  write: (rows: { id: number; date: number; text: string; raw: string }[]) => void;
  close: () => void;
} {
  const dbFile = path.join(dataDir, "measure.sqlite");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  const db = new Database(dbFile);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec(
    "DROP TABLE IF EXISTS posts; CREATE TABLE posts (id INTEGER PRIMARY KEY, date INTEGER, text TEXT, raw TEXT)",
  );
  const insert = db.prepare("INSERT INTO posts (id, date, text, raw) VALUES (@id, @date, @text, @raw)");
  const write = db.transaction((rows: { id: number; date: number; text: string; raw: string }[]) => {
    for (const row of rows) insert.run(row);
  });
  return { write, close: () => db.close() };
}

/** CPU seconds the main thread has used, from /proc (Linux only): what the reader takes from the database
 * writer that shares that thread. */
function mainThreadCpuSeconds(): number | undefined {
  const stat = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(stat)) return undefined;
  const fields = readFileSync(stat, "utf8").split(") ")[1]?.split(" ") ?? [];
  // utime and stime are the 14th and 15th fields; the split above starts at the 3rd
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

function processCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

if (!existsSync(file)) {
  const started = performance.now();
  await writeSyntheticExport(file, messageCount);
  console.log(`wrote ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const bytes = statSync(file).size;
console.log(
  `${messageCount} messages, ${(bytes / MB).toFixed(0)} MB (${(bytes / messageCount / 1024).toFixed(2)} KB a message)`,
);

const sink = args.sqlite ? sqliteSink() : undefined;
const rssBefore = process.memoryUsage().rss;
let peakRss = rssBefore;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, RSS_SAMPLE_MS);
const mainCpuBefore = mainThreadCpuSeconds();
const processCpuBefore = processCpuSeconds();
const started = performance.now();
let posts = 0;
let skipped = 0;
for await (const event of readExport(file, {
  worker: !args["in-thread"],
  batchSize: Number(args["batch-size"]),
})) {
  if (event.kind !== "batch") continue;
  posts += event.messages.length;
  skipped += event.skipped;
  sink?.write(
    event.messages.map((m) => ({ id: m.post.messageId, date: m.post.date, text: m.post.text, raw: m.raw })),
  );
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - started) / 1000;
const mainCpu = (mainThreadCpuSeconds() ?? Number.NaN) - (mainCpuBefore ?? Number.NaN);
const processCpu = processCpuSeconds() - processCpuBefore;
clearInterval(sampler);
sink?.close();
const mode = `${args["in-thread"] ? "in-thread" : "worker"}${args.sqlite ? " + SQLite rows" : ""}`;
console.log(
  `${mode}: ${posts} posts + ${skipped} skipped in ${seconds.toFixed(2)} s = ${Math.round((posts + skipped) / seconds)} messages/s; ` +
    `RSS ${(rssBefore / MB).toFixed(0)} MB before, peak ${(peakRss / MB).toFixed(0)} MB; ` +
    `CPU ${processCpu.toFixed(2)} s in all threads, ${mainCpu.toFixed(2)} s on the main thread`,
);
