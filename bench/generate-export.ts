// Writes a synthetic Telegram Desktop export of N posts (about 2.7 KB each, like the measured real one):
// Arabic and English posts with headlines, datelines, formatting, hashtags and a promotion line.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";

const AR_WORDS =
  "قال مسؤول في الوزارة إن الحكومة ستعلن خطة جديدة لدعم المزارعين في المحافظات الجنوبية خلال الأسابيع المقبلة وأضاف أن".split(
    " ",
  );
const EN_WORDS =
  "officials said the ministry would publish a new plan to support farmers in the southern provinces over the coming weeks and added that".split(
    " ",
  );
const PLACES_AR = ["بغداد", "البصرة", "الموصل", "أربيل", "النجف"];
const PLACES_EN = ["Baghdad", "Basra", "Mosul", "Erbil", "Najaf"];

function words(list: string[], n: number, seed: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(list[(seed * 7 + i * 13) % list.length]!);
  return out.join(" ");
}

function message(id: number, start: number): string {
  const arabic = id % 3 !== 0;
  const list = arabic ? AR_WORDS : EN_WORDS;
  const place = (arabic ? PLACES_AR : PLACES_EN)[id % 5]!;
  const outlet = arabic ? "الناس" : "People";
  const headline = `${words(list, 9, id)} ${id}`;
  const paragraphs = Array.from({ length: 5 }, (_, k) => `${words(list, arabic ? 19 : 23, id + k)}.`);
  const promo = arabic
    ? "قناة الناس على تلغرام… آخر أخبارنا، دائماً"
    : "The People channel on Telegram … our latest updates, always";
  const tag = arabic ? "#العراق" : "#Iraq";
  const entities = [
    { type: "bold", text: headline },
    {
      type: "plain",
      text: `\n${place} – ${outlet}\n\n${paragraphs.slice(0, 3).join("\n\n")}\n\n${promo}\n\n`,
    },
    { type: "italic", text: paragraphs[3]! },
    { type: "plain", text: `\n\n${paragraphs.slice(4).join("\n\n")}\n\n` },
    { type: "hashtag", text: tag },
  ];
  const date = start + id * 600;
  return JSON.stringify({
    id,
    type: "message",
    date: new Date(date * 1000).toISOString().slice(0, 19),
    date_unixtime: String(date),
    from: "People",
    from_id: "channel1405579475",
    text: entities.map((e) => (e.type === "plain" ? e.text : e)),
    text_entities: entities,
  });
}

export async function generateExport(dir: string, posts: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, "result.json");
  const out = createWriteStream(file);
  const start = Date.UTC(2019, 0, 1) / 1000;
  out.write('{\n "name": "People",\n "type": "public_channel",\n "id": 1405579475,\n "messages": [\n');
  for (let id = 1; id <= posts; id++) {
    const ok = out.write(`  ${message(id, start)}${id < posts ? "," : ""}\n`);
    if (!ok) await once(out, "drain");
  }
  out.write(" ]\n}\n");
  out.end();
  await once(out, "finish");
  return file;
}
