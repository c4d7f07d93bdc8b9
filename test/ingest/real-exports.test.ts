// The real Desktop exports in ../shared/fixtures/exports go through the whole pipeline: channels import
// without error and their text survives into the articles; personal chats and groups are refused.
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import type { Services } from "../../src/compose/services.js";
import { importExport } from "../../src/ingest/import-telegram-export.js";
import { openTestDatabase } from "../helpers/databases.js";
import { testServices } from "../helpers/services.js";
import { sharedDir, sharedPath } from "../helpers/shared.js";

interface ExportDoc {
  type: string;
  messages: { type: string; text: unknown; text_entities?: { text: string }[] }[];
}

function plainText(m: ExportDoc["messages"][number]): string {
  if (typeof m.text === "string") return m.text;
  if (Array.isArray(m.text))
    return m.text.map((p) => (typeof p === "string" ? p : (p as { text: string }).text)).join("");
  return "";
}

const CHANNELS = [
  "chat-parser-public_channel.json",
  "chat-parser-private_channel.json",
  "tg2md-old-schema-result.json",
];
const NOT_CHANNELS = ["chat-parser-public_supergroup.json", "tkonverter-result.json"];

describe.skipIf(!sharedDir)("real Telegram Desktop exports", () => {
  let s: Services;
  beforeAll(async () => {
    s = await testServices((await openTestDatabase("sqlite")).db);
  });

  for (const [i, file] of CHANNELS.entries()) {
    it(`imports ${file} and keeps its text`, async () => {
      const doc = JSON.parse(await readFile(sharedPath("fixtures/exports", file), "utf8")) as ExportDoc;
      const r = await importExport(s, {
        path: sharedPath("fixtures/exports", file),
        channel: `fixture${i}chan`,
        timezone: "Europe/Moscow",
        defaultTimezone: "UTC",
        worker: false,
      });
      expect(r.counts.created).toBeGreaterThan(0);
      const rows = await s.db.kysely
        .selectFrom("articles")
        .selectAll()
        .where("channel_id", "=", r.channel.id)
        .execute();
      const stored = rows.map((a) => `${a.headline}\n${a.body_text}`).join("\n");
      // Every sentence-sized run of plain text of every message is somewhere in the articles.
      for (const m of doc.messages.filter((x) => x.type === "message")) {
        for (const line of plainText(m)
          .split("\n")
          .map((l) => l.trim())
          .filter((l) => l.length >= 4 && !l.startsWith("#"))) {
          // A headline drops its final full stop; everything else is kept as written.
          expect(stored, `${file}: "${line}"`).toContain(line.replace(/\s+/g, " ").replace(/[.。]$/, ""));
        }
      }
    });
  }

  for (const file of NOT_CHANNELS) {
    it(`refuses ${file} with a clear message`, async () => {
      await expect(
        importExport(s, {
          path: sharedPath("fixtures/exports", file),
          channel: "notachannel",
          defaultTimezone: "UTC",
          worker: false,
        }),
      ).rejects.toThrow(/channel/i);
      expect(await s.channels.byUsername("notachannel")).toBeUndefined();
    });
  }
});
