// Runs one import in its own process, so its peak memory is its own. Prints one JSON line.
import { rm } from "node:fs/promises";
import { createServices } from "../src/compose/services.js";
import { loadConfig } from "../src/config/load.js";
import { importExport } from "../src/ingest/import-telegram-export.js";
import { silentLogger } from "../src/shared/logger.js";

const [exportDir, database, mediaDir] = process.argv.slice(2) as [string, string, string];
await rm(database, { force: true });
await rm(`${database}-wal`, { force: true });
await rm(`${database}-shm`, { force: true });
const s = await createServices(loadConfig({ DATELINE_DATABASE: database, DATELINE_MEDIA_DIR: mediaDir }), {
  log: silentLogger,
});
await s.channels.create({
  username: "nasnews",
  title: "People",
  timezone: "Asia/Baghdad",
  language: "ar",
  telegramId: "-1001405579475",
  cta: "The People channel on Telegram: our latest updates, always",
  stripPatterns: ["The People channel on Telegram … our latest updates, always"],
});
// CPU time of the whole process, every thread: the import is CPU-bound on two cores, and this varies less
// from run to run than the time on the clock.
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const cpuBefore = cpuSeconds();
let storeCpuSeconds = 0;
const r = await importExport(s, {
  path: exportDir,
  defaultTimezone: "UTC",
  onStored: () => {
    storeCpuSeconds = cpuSeconds() - cpuBefore;
  },
});
// Closing checkpoints the WAL into the database file: part of what an import costs, so it is counted.
const closing = performance.now();
await s.close();
const closeSeconds = (performance.now() - closing) / 1000;
process.stdout.write(
  `${JSON.stringify({
    posts: r.counts.messages,
    created: r.counts.created,
    storeSeconds: r.seconds.store,
    storeCpuSeconds,
    indexSeconds: r.seconds.announce,
    closeSeconds,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
