// The guard stands in for exportMessageSchema on the messages it accepts, so it must accept exactly what the
// schema accepts: more would let malformed messages through unchecked, less would only cost speed, but the
// two are kept equal so that a schema change without the matching guard change fails here.
import { describe, expect, it } from "vitest";
import { isExportMessage } from "../../../src/telegram/export/message-guard.js";
import { exportMessageSchema } from "../../../src/telegram/export/message-schema.js";
import { seededRandom as seeded } from "../../articles/test-strings.js";
import { type JsonObject, post } from "./sample-export.js";

const FULL: JsonObject = {
  ...post(7, {
    text: ["see ", { type: "text_link", text: "this", href: "https://example.org" }, " ", "now"],
    text_entities: [
      { type: "plain", text: "see " },
      { type: "text_link", text: "this", href: "https://example.org" },
      { type: "pre", text: "x = 1", language: "python" },
      { type: "blockquote", text: "quoted", collapsed: true },
    ],
  }),
  edited: "2024-05-01T10:00:00",
  edited_unixtime: "1714557600",
  author: "Editor",
  forwarded_from: "Another channel",
  reply_to_message_id: 3,
  photo: "photos/photo_1@01-05-2024_09-00-00.jpg",
  photo_file_size: 123_456,
  width: 1280,
  height: 720,
  file: "video_files/clip.mp4",
  file_name: "clip.mp4",
  file_size: 9_999,
  media_type: "video_file",
  mime_type: "video/mp4",
  duration_seconds: 12.5,
  reactions: [{ type: "emoji", count: 3, emoji: "👍" }],
};

const BASES: JsonObject[] = [
  FULL,
  post(1, { text: "plain" }),
  { id: 2, type: "message", date: "2020-11-12T12:53:52", text: "an old export: no unixtime" },
  post(3, {
    poll: {
      question: "Which?",
      answers: [{ text: "A", voters: 1 }, { text: [{ type: "bold", text: "B" }] }],
    },
  }),
  post(4, { location_information: { latitude: 33.3, longitude: 44.4 }, place_name: "P", address: "A" }),
  post(5, { location_information: null, forwarded_from: null }),
];

/** Values that are right for some fields and wrong for others. */
const AWKWARD: unknown[] = [
  null,
  true,
  0,
  -0,
  -1,
  2.5,
  1e300,
  2 ** 53,
  "",
  "message",
  "1714554000",
  "1234567890123",
  "17145540OO",
  [],
  ["a"],
  [{ type: "bold", text: "b" }],
  [{ type: "bold" }],
  ["a", { type: "text_link", text: "t", href: 5 }],
  [{ type: "blockquote", text: "q", collapsed: "yes" }],
  [{ type: "pre", text: "c", language: null }],
  [[]],
  {},
  { type: "bold", text: "b" },
  { latitude: 1, longitude: 2 },
  { latitude: "1", longitude: 2 },
  { question: "q", answers: [{ text: "a" }] },
  { question: "q", answers: [{ text: 1 }] },
  { question: [{ type: "bold", text: "q" }], answers: [] },
  { question: "q", answers: ["a"] },
];

/** Every field the schema knows, plus one it does not. */
const KEYS = [...Object.keys(exportMessageSchema.shape), "from"];

/** A copy of `base` with one or two fields replaced or removed, at the top level or inside a nested value. */
function mutate(base: JsonObject, random: () => number): JsonObject {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const message = structuredClone(base);
  const changes = 1 + Math.floor(random() * 2);
  for (let i = 0; i < changes; i++) {
    const key = pick(KEYS);
    const roll = random();
    if (roll < 0.2) {
      delete message[key];
    } else if (roll < 0.7) {
      message[key] = structuredClone(pick(AWKWARD));
    } else {
      const nested = message[key];
      if (Array.isArray(nested)) {
        nested[Math.floor(random() * (nested.length + 1))] = structuredClone(pick(AWKWARD));
      } else if (typeof nested === "object" && nested !== null) {
        const record = nested as JsonObject;
        const inner = pick(Object.keys(record).concat("href"));
        record[inner] = structuredClone(pick(AWKWARD));
      }
    }
  }
  return message;
}

describe("isExportMessage", () => {
  it("accepts the messages Telegram Desktop writes", () => {
    for (const message of BASES) expect(isExportMessage(message)).toBe(true);
  });

  it("refuses what is not a message object", () => {
    for (const value of [null, undefined, "message", 5, [], [FULL], { ...FULL, type: "service" }]) {
      expect(isExportMessage(value)).toBe(false);
    }
  });

  it("accepts exactly what exportMessageSchema accepts, and such a message parses to itself", () => {
    const random = seeded(1405);
    const outcomes = { accepted: 0, refused: 0 };
    for (let i = 0; i < 4000; i++) {
      const base = BASES[i % BASES.length] as JsonObject;
      const message = mutate(base, random);
      const parsed = exportMessageSchema.safeParse(message);
      const guarded = isExportMessage(message);
      if (guarded !== parsed.success) {
        expect.fail(`guard ${guarded}, schema ${parsed.success} for ${JSON.stringify(message)}`);
      }
      if (parsed.success) expect(parsed.data).toEqual(message);
      outcomes[guarded ? "accepted" : "refused"]++;
    }
    // Both ways are exercised.
    expect(outcomes.accepted).toBeGreaterThan(500);
    expect(outcomes.refused).toBeGreaterThan(500);
  });
});
