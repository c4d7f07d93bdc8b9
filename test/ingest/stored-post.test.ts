// Export messages keep only their raw JSON: reading the post back from it must give the very post stored.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postHash } from "../../src/ingest/post-hash.js";
import { FROM_RAW, postColumn, storedPost } from "../../src/ingest/stored-post.js";
import { readExport } from "../../src/telegram/export/index.js";
import type { SourceMessage } from "../../src/telegram/post.js";
import { exportJson, writeExportDir } from "../helpers/export-builder.js";
import { sharedDir, sharedPath } from "../helpers/shared.js";

async function messagesOf(file: string, timezone?: string): Promise<SourceMessage[]> {
  const out: SourceMessage[] = [];
  for await (const ev of readExport(file, { worker: false, ...(timezone ? { timezone } : {}) })) {
    if (ev.kind === "batch") out.push(...ev.messages);
  }
  return out;
}

function roundTrip(m: SourceMessage) {
  return storedPost({
    source: m.source,
    raw: m.raw,
    post: postColumn(m),
    media_group_id: m.post.mediaGroupId ?? null,
  });
}

describe("stored posts", () => {
  it("reads an export message's post back from its raw JSON, album id included", async () => {
    const json = exportJson([
      {
        id: 1,
        date: 1_613_730_360,
        text: [{ type: "bold", text: "Headline" }, "\nBody #tag"],
        edited: 1_613_740_000,
      },
      { id: 2, date: 1_613_730_960, photo: "photos/a.jpg", text: ["Album caption"] },
      { id: 3, date: 1_613_730_960, photo: "photos/b.jpg" },
    ]);
    const messages = await messagesOf(path.join(await writeExportDir(json), "result.json"));
    expect(messages.map((m) => postColumn(m))).toEqual([FROM_RAW, FROM_RAW, FROM_RAW]);
    expect(messages[1]!.post.mediaGroupId).toBeDefined();
    for (const m of messages) {
      expect(roundTrip(m)).toEqual(m.post);
      expect(postHash(roundTrip(m))).toBe(postHash(m.post));
    }
  });

  it("keeps the JSON of posts whose raw form cannot be read again alone", () => {
    const post = { messageId: 5, date: 1_600_000_000, text: "Hello", entities: [], media: [] };
    const oldExport: SourceMessage = {
      source: "export",
      raw: '{"id":5,"type":"message","date":"2020-09-13T15:26:40","text":"Hello"}',
      post,
    };
    const bot: SourceMessage = { source: "bot", raw: '{"message_id":5}', post };
    for (const m of [oldExport, bot]) {
      expect(postColumn(m)).toBe(JSON.stringify(post));
      expect(roundTrip(m)).toEqual(post);
    }
  });

  it("round-trips every message of the real exports", async (ctx) => {
    if (!sharedDir) return ctx.skip();
    const dir = sharedPath("fixtures/exports");
    const { readdir } = await import("node:fs/promises");
    let checked = 0;
    for (const name of await readdir(dir, { recursive: true })) {
      if (!String(name).endsWith("result.json")) continue;
      const messages = await messagesOf(path.join(dir, String(name)), "UTC").catch(() => []);
      for (const m of messages) {
        expect(roundTrip(m)).toEqual(m.post);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
