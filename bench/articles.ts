// Micro-benchmark of the pure article pipeline (`buildArticle`), the per-post CPU cost of an import.
// `npm run build && node dist/bench/articles.js [--posts N] [--rounds R] [--bytes B]` prints µs per post.
// Posts are shaped like a Telegram-first newsroom's (as bench/generate-export.ts, but with entities
// of every common kind): about 2.7 KB of text, Arabic and English, a bold headline line, a
// "Place – Outlet" dateline, paragraphs with bold, italic and links, a promotion line, a line linking
// back to the channel and a tag line; channel settings with one strip pattern and 1–3 detected lines.
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { buildArticle } from "../src/articles/build-article.js";
import { normalizeLine } from "../src/articles/normalize-line.js";
import type { ArticleInput, ChannelSettings } from "../src/articles/types.js";
import type { TelegramPost, TextEntity } from "../src/telegram/post.js";

const AR_WORDS =
  "قال مسؤول في الوزارة إن الحكومة ستعلن خطة جديدة لدعم المزارعين في المحافظات الجنوبية خلال الأسابيع المقبلة وأضاف أن المشروع سيوفر آلاف فرص العمل للشباب".split(
    " ",
  );
const EN_WORDS =
  "officials said the ministry would publish a new plan to support farmers in the southern provinces over the coming weeks and added that the project will create thousands of jobs".split(
    " ",
  );
const PLACES_AR = ["بغداد", "البصرة", "الموصل", "أربيل", "النجف"];
const PLACES_EN = ["Baghdad", "Basra", "Mosul", "Erbil", "Najaf"];
const PROMO_AR = "قناة «الناس» على تلغرام… آخر أخبارنا، دائماً";
const PROMO_EN = "The “People” channel on Telegram … our latest updates, always";
/**
 * Default size of a post's text in UTF-8 bytes. The measured real export averages 2.7 KB a message,
 * its JSON included; `--bytes 1100` gives posts the size of bench/generate-export.ts's texts.
 */
const DEFAULT_BYTES = 2700;

const CHANNELS: ChannelSettings[] = [1, 2, 3].map((detected) => ({
  username: "people_news",
  title: "People",
  timezone: "Asia/Baghdad",
  language: "ar",
  cta: null,
  stripPatterns: ["Join us on Telegram for breaking news"],
  detectedPromoLines: [
    normalizeLine(PROMO_AR),
    normalizeLine(PROMO_EN),
    normalizeLine("تابعونا على جميع منصات التواصل الاجتماعي"),
  ].slice(0, detected),
}));

function words(list: readonly string[], n: number, seed: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(list[(seed * 7 + i * 13) % list.length] ?? "");
  return out.join(" ");
}

/** Builds the text piece by piece, recording entities over the pieces that carry them. */
class PostWriter {
  text = "";
  entities: TextEntity[] = [];

  add(piece: string, entity?: { type: TextEntity["type"]; url?: string }): this {
    if (entity) {
      // Shaped as the export reader makes them (src/telegram/export/export-text.js).
      const placed: TextEntity = { type: entity.type, offset: this.text.length, length: piece.length };
      this.entities.push(entity.url === undefined ? placed : { ...placed, url: entity.url });
    }
    this.text += piece;
    return this;
  }
}

function makePost(id: number, bytes: number): TelegramPost {
  const arabic = id % 3 !== 0;
  const list = arabic ? AR_WORDS : EN_WORDS;
  const place = (arabic ? PLACES_AR : PLACES_EN)[id % 5] ?? "";
  const w = new PostWriter()
    .add(`🔴 ${words(list, 9, id)} ${id}`, { type: "bold" })
    .add(`\n${place} – ${arabic ? "الناس" : "People"}\n\n`);
  let k = 0;
  while (Buffer.byteLength(w.text) < bytes - 250) {
    w.add(`${words(list, 8, id + k)} `)
      .add(words(list, 4, id + k + 1), { type: k % 2 === 0 ? "bold" : "italic" })
      .add(` ${words(list, 10, id + k + 2)} `)
      .add(words(list, 3, id + k + 3), { type: "text_link", url: `https://example.org/news/${id}/${k}` })
      .add(` ${words(list, 6, id + k + 4)}.\n\n`);
    if (k === 1) w.add(`${arabic ? PROMO_AR : PROMO_EN}\n\n`);
    if (k === 2) w.add("https://example.org/report.pdf\n\n", { type: "url" });
    k++;
  }
  w.add("👈 @people_news\n\n");
  const tags = arabic ? ["#العراق", "#اقتصاد"] : ["#Iraq", "#Economy"];
  tags.forEach((tag, i) => {
    if (i > 0) w.add(" ");
    // Old exports carry no hashtag entities: every fourth post leaves them to be found in the text.
    w.add(tag, id % 4 === 0 ? undefined : { type: "hashtag" });
  });
  return { messageId: id, date: 1_613_730_000 + id * 600, text: w.text, entities: w.entities, media: [] };
}

export function benchInputs(count: number, bytes = DEFAULT_BYTES): ArticleInput[] {
  return Array.from({ length: count }, (_, i) => ({
    // Through JSON, as posts reach the pipeline in an import: flat strings, plain objects.
    posts: [JSON.parse(JSON.stringify(makePost(i + 1, bytes))) as TelegramPost],
    channel: CHANNELS[i % CHANNELS.length] as ChannelSettings,
  }));
}

export interface Measurement {
  /** CPU time (user + system) per post, µs: steadier than wall time on a shared machine. */
  cpu: number;
  wall: number;
}

/** Median of `rounds` passes over the inputs, after one warm-up pass for the JIT. */
export function measure(
  build: (input: ArticleInput) => unknown,
  inputs: ArticleInput[],
  rounds: number,
): Measurement {
  for (const input of inputs) build(input);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const cpuStart = process.cpuUsage();
    const wallStart = process.hrtime.bigint();
    for (const input of inputs) build(input);
    const used = process.cpuUsage(cpuStart);
    wall.push(Number(process.hrtime.bigint() - wallStart) / 1000 / inputs.length);
    cpu.push((used.user + used.system) / inputs.length);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return { cpu: median(cpu), wall: median(wall) };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      posts: { type: "string", default: "2000" },
      rounds: { type: "string", default: "9" },
      bytes: { type: "string", default: String(DEFAULT_BYTES) },
    },
  });
  const inputs = benchInputs(Number(values.posts), Number(values.bytes));
  const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input.posts[0]?.text ?? ""), 0);
  const { cpu, wall } = measure(buildArticle, inputs, Number(values.rounds));
  console.log(
    `buildArticle, ${inputs.length} posts of ${Math.round(bytes / inputs.length)} B on average: ` +
      `${cpu.toFixed(1)} µs of CPU per post (${Math.round(1e6 / cpu)} posts/s on one core), ` +
      `${wall.toFixed(1)} µs wall (median of ${values.rounds} rounds)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
