// Builds Telegram Desktop exports for the tests: our own sample posts, laid out as Telegram Desktop writes
// result.json (one-space indentation), in a temporary folder removed after the test file.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import {
  type ExportEvent,
  type ExportHeader,
  type ExportReadOptions,
  readExport,
} from "../../../src/telegram/export/index.js";
import type { SourceMessage } from "../../../src/telegram/post.js";

export const CHANNEL_ID = 1405579475;
/** 2024-05-01T09:00:00Z */
export const BASE_UNIXTIME = 1_714_554_000;

export type JsonObject = Record<string, unknown>;

/** A channel post in the current (2021+) schema; `fields` override or add. A plain string `text` gets the
 * matching `text_entities`, as Telegram Desktop writes both. */
export function post(id: number, fields: JsonObject = {}): JsonObject {
  const unixtime = BASE_UNIXTIME + id * 60;
  const text = fields.text ?? "";
  return {
    id,
    type: "message",
    date: new Date(unixtime * 1000).toISOString().slice(0, 19),
    date_unixtime: String(unixtime),
    from: "Dateline Test Channel",
    from_id: `channel${CHANNEL_ID}`,
    text,
    text_entities: typeof text === "string" && text !== "" ? [{ type: "plain", text }] : [],
    ...fields,
  };
}

export function service(id: number, action = "pin_message"): JsonObject {
  return {
    id,
    type: "service",
    date: "2024-05-01T09:00:00",
    date_unixtime: String(BASE_UNIXTIME),
    action,
    text: "",
  };
}

/** The whole result.json text of a single-chat export. */
export function exportText(messages: unknown[], header: JsonObject = {}): string {
  const top = { name: "Dateline Test Channel", type: "public_channel", id: CHANNEL_ID, ...header, messages };
  return `${JSON.stringify(top, null, 1)}\n`;
}

let tempRoot: string | undefined;
let fileCount = 0;
afterAll(async () => {
  if (tempRoot) await rm(tempRoot, { recursive: true, force: true });
});

/** Writes result.json (text or exact bytes) into a fresh export folder; returns the file's path. */
export async function writeExport(content: string | Buffer): Promise<string> {
  tempRoot ??= await mkdtemp(path.join(os.tmpdir(), "dateline-export-test-"));
  const folder = path.join(tempRoot, `export-${++fileCount}`);
  await mkdir(folder);
  const file = path.join(folder, "result.json");
  await writeFile(file, content);
  return file;
}

export interface ReadResult {
  header: ExportHeader | undefined;
  messages: SourceMessage[];
  skipped: number;
  events: ExportEvent[];
}

/** Reads a whole export on the test's thread unless told otherwise. */
export async function readAll(file: string, options: ExportReadOptions = {}): Promise<ReadResult> {
  const result: ReadResult = { header: undefined, messages: [], skipped: 0, events: [] };
  for await (const event of readExport(file, { worker: false, ...options })) {
    result.events.push(event);
    if (event.kind === "header") {
      result.header = event.header;
    } else {
      result.messages.push(...event.messages);
      result.skipped += event.skipped;
    }
  }
  return result;
}

/** The error a read fails with (the test fails if it does not). */
export async function readError(file: string, options: ExportReadOptions = {}): Promise<unknown> {
  try {
    await readAll(file, options);
  } catch (error) {
    return error;
  }
  throw new Error(`reading ${file} did not fail`);
}

/** The post of the message with that id. */
export function postOf(result: ReadResult, messageId: number) {
  const found = result.messages.find((message) => message.post.messageId === messageId);
  if (!found) throw new Error(`no message ${messageId}`);
  return found.post;
}
