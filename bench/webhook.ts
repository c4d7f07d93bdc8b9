// Time from a webhook delivery to the article being served: POST a channel_post, then GET its page,
// sequentially, for N posts. p50/p99 of the whole round (the post is stored before the webhook answers).
import { rm } from "node:fs/promises";
import { createServices } from "../src/compose/services.js";
import { createSiteApp } from "../src/compose/web-app.js";
import { loadConfig } from "../src/config/load.js";
import { silentLogger } from "../src/shared/logger.js";
import { startServer } from "../src/web/server.js";

const SECRET = "bench-secret-token";
const TOKEN = "123456:AAbenchbenchbenchbenchbenchbenchbench";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchWebhook(
  database: string,
  mediaDir: string,
  posts = 1000,
): Promise<{ posts: number; p50: number; p99: number }> {
  for (const f of [database, `${database}-wal`, `${database}-shm`]) await rm(f, { force: true });
  const config = loadConfig({
    DATELINE_DATABASE: database,
    DATELINE_MEDIA_DIR: mediaDir,
    DATELINE_TELEGRAM_BOT_TOKEN: TOKEN,
    DATELINE_TELEGRAM_WEBHOOK_SECRET: SECRET,
    DATELINE_TELEGRAM_API_ROOT: "http://127.0.0.1:9",
  });
  const s = await createServices(config, { log: silentLogger });
  await s.channels.create({
    username: "benchnews",
    title: "Bench",
    timezone: "Asia/Baghdad",
    language: "en",
  });
  const server = await startServer(createSiteApp(s), s.cache, 0, "127.0.0.1");
  const chat = { id: -1001000000001, title: "Bench", username: "benchnews", type: "channel" };
  const times: number[] = [];
  const start = Math.floor(Date.now() / 1000);
  for (let i = 1; i <= posts; i++) {
    const update = {
      update_id: 100000 + i,
      channel_post: {
        message_id: i,
        chat,
        date: start + i,
        text: `Council approves budget for district ${i}\nBasra – Bench\n\nThe council met on Sunday and approved the budget of district ${i} after a long debate.`,
      },
    };
    const t0 = performance.now();
    const res = await fetch(`${server.url}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });
    if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
    await res.arrayBuffer();
    const page = await fetch(`${server.url}/p/benchnews/${i}`);
    const html = await page.text();
    if (page.status !== 200 || !html.includes(`district ${i} after`)) throw new Error(`post ${i} not served`);
    times.push(performance.now() - t0);
  }
  await server.close();
  await s.close();
  times.sort((a, b) => a - b);
  return { posts, p50: percentile(times, 50), p99: percentile(times, 99) };
}
