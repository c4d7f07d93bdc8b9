// Writes Telegram Desktop exports for tests, in the current schema (date_unixtime, text_entities).
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export type Run = string | { type: string; text: string; href?: string };

export interface ExportMessageSpec {
  id: number;
  /** Unix seconds */
  date: number;
  text?: Run[];
  edited?: number;
  photo?: string;
  width?: number;
  height?: number;
  service?: boolean;
}

export function exportMessage(m: ExportMessageSpec): Record<string, unknown> {
  const iso = new Date(m.date * 1000).toISOString().slice(0, 19);
  if (m.service) {
    return {
      id: m.id,
      type: "service",
      date: iso,
      date_unixtime: String(m.date),
      action: "pin_message",
      text: "",
      text_entities: [],
    };
  }
  const runs = m.text ?? [];
  return {
    id: m.id,
    type: "message",
    date: iso,
    date_unixtime: String(m.date),
    ...(m.edited
      ? { edited: new Date(m.edited * 1000).toISOString().slice(0, 19), edited_unixtime: String(m.edited) }
      : {}),
    from: "Test Channel",
    from_id: "channel1000000001",
    ...(m.photo ? { photo: m.photo, width: m.width ?? 800, height: m.height ?? 600 } : {}),
    text: runs.length === 1 && typeof runs[0] === "string" ? runs[0] : runs,
    text_entities: runs.map((r) => (typeof r === "string" ? { type: "plain", text: r } : r)),
  };
}

export function exportJson(
  messages: ExportMessageSpec[],
  header = { name: "Test Channel", type: "public_channel", id: 1000000001 },
): string {
  return JSON.stringify({ ...header, messages: messages.map(exportMessage) }, null, 1);
}

/** Writes result.json (and any extra files) into a fresh folder; returns the folder. */
export async function writeExportDir(json: string, files: Record<string, Buffer> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "dateline-export-"));
  await writeFile(path.join(dir, "result.json"), json);
  for (const [name, bytes] of Object.entries(files)) {
    const full = path.join(dir, name);
    await import("node:fs/promises").then((fs) => fs.mkdir(path.dirname(full), { recursive: true }));
    await writeFile(full, bytes);
  }
  return dir;
}
