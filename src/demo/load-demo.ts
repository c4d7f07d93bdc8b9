// Loads the demo channel through the real pipeline: it writes a Telegram Desktop export (with generated
// photos) to a temporary folder and imports it, then imports a newer export holding one edited post.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { botChatId, type ImportDeps, importExport } from "../ingest/import-telegram-export.js";
import type { ArticleStore } from "../store/articles.js";
import type { ChannelStore } from "../store/channels.js";
import { DEMO_CHANNEL, DEMO_POSTS, type DemoPost } from "./demo-posts.js";

function exportMessage(p: DemoPost, withEdit: boolean) {
  const runs = withEdit && p.edited ? p.edited.text : p.text;
  const unix = Math.floor(Date.parse(p.at) / 1000);
  const entities = runs.map((r) => (typeof r === "string" ? { type: "plain", text: r } : r));
  return {
    id: p.id,
    type: "message",
    date: p.at.replace("Z", ""),
    date_unixtime: String(unix),
    ...(withEdit && p.edited
      ? {
          edited: p.edited.at.replace("Z", ""),
          edited_unixtime: String(Math.floor(Date.parse(p.edited.at) / 1000)),
        }
      : {}),
    from: DEMO_CHANNEL.title,
    from_id: `channel${DEMO_CHANNEL.exportId}`,
    ...(p.photo ? { photo: p.photo.file, width: p.photo.width, height: p.photo.height } : {}),
    text: runs.length === 1 && typeof runs[0] === "string" ? runs[0] : runs,
    text_entities: entities.length ? entities : [],
  };
}

/** A soft gradient with a few shapes: a stand-in photo, made here rather than shipped. */
function demoImage(width: number, height: number, hue: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${hue},55%,62%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},50%,32%)"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="${width * 0.72}" cy="${height * 0.3}" r="${Math.min(width, height) * 0.12}" fill="hsla(45,90%,85%,0.85)"/>
  <path d="M0 ${height * 0.8} Q ${width * 0.3} ${height * 0.62} ${width * 0.6} ${height * 0.78} T ${width} ${height * 0.72} V ${height} H 0 Z" fill="hsla(${hue},40%,20%,0.55)"/>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}

async function writeExport(dir: string, withEdit: boolean): Promise<void> {
  const messages = [
    {
      id: 1,
      type: "service",
      date: "2026-11-15T09:00:00",
      date_unixtime: String(Math.floor(Date.parse("2026-11-15T09:00:00Z") / 1000)),
      actor: DEMO_CHANNEL.title,
      actor_id: `channel${DEMO_CHANNEL.exportId}`,
      action: "create_channel",
      title: DEMO_CHANNEL.title,
      text: "",
      text_entities: [],
    },
    ...DEMO_POSTS.map((p) => exportMessage(p, withEdit)),
  ];
  const doc = { name: DEMO_CHANNEL.title, type: "public_channel", id: DEMO_CHANNEL.exportId, messages };
  await writeFile(path.join(dir, "result.json"), JSON.stringify(doc, null, 1));
}

/** Loads the demo channel; returns the number of articles it has. */
/** What loading the demo uses: the import's parts, and the stores it creates the channel in and counts with. */
export type DemoDeps = ImportDeps & { channels: ChannelStore; articles: ArticleStore };

export async function loadDemo(s: DemoDeps): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), "dateline-demo-"));
  try {
    await mkdir(path.join(dir, "photos"), { recursive: true });
    for (const p of DEMO_POSTS) {
      if (p.photo)
        await writeFile(
          path.join(dir, p.photo.file),
          await demoImage(p.photo.width, p.photo.height, p.photo.hue),
        );
    }
    if (!(await s.channels.byUsername(DEMO_CHANNEL.username))) {
      await s.channels.create({
        username: DEMO_CHANNEL.username,
        title: DEMO_CHANNEL.title,
        timezone: DEMO_CHANNEL.timezone,
        language: DEMO_CHANNEL.language,
        telegramId: botChatId(DEMO_CHANNEL.exportId),
        cta: DEMO_CHANNEL.cta,
        stripPatterns: [...DEMO_CHANNEL.strip],
      });
    }
    const base = { defaultTimezone: DEMO_CHANNEL.timezone, worker: false };
    await writeExport(dir, false);
    await importExport(s, { ...base, path: dir });
    await writeExport(dir, true);
    await importExport(s, { ...base, path: dir });
    return s.articles.count();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
