import { afterEach, describe, expect, it } from "vitest";
import { walkHistory } from "../../../src/telegram/preview/backfill.js";
import { PreviewClient, type PreviewPageSource } from "../../../src/telegram/preview/client.js";
import type { PreviewPage } from "../../../src/telegram/preview/parse-page.js";
import { type FakeTme, startFakeTme, virtualTime } from "./fake-tme.js";
import { channelPage, messageBlock, noPostsPage, textBody } from "./samples.js";

const PAGE_SIZE = 20;
const LAST_ID = 95;
const DATE = "2025-10-01T08:15:00+00:00";

/** The ids t.me would show for `?before=`: up to 20, oldest first; every 10th id a service message. */
function idsBefore(before: number | undefined): number[] {
  const top = Math.min(before === undefined ? LAST_ID : before - 1, LAST_ID);
  const ids: number[] = [];
  for (let id = Math.max(1, top - PAGE_SIZE + 1); id <= top; id++) ids.push(id);
  return ids;
}

function pageHtml(before: number | undefined): string {
  const ids = idsBefore(before);
  if (ids.length === 0) return noPostsPage;
  return channelPage(
    ids.map((id) =>
      messageBlock({
        id,
        date: DATE,
        body: textBody(`post ${id}`),
        ...(id % 10 === 0 ? { extraClass: "service_message" } : {}),
      }),
    ),
  );
}

async function collect(pages: AsyncIterable<PreviewPage>): Promise<number[][]> {
  const out: number[][] = [];
  for await (const page of pages) out.push(page.posts.map((p) => p.post.messageId));
  return out;
}

let server: FakeTme | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function client() {
  server = await startFakeTme((path) => {
    const before = /before=(\d+)/.exec(path)?.[1];
    return { body: pageHtml(before === undefined ? undefined : Number(before)) };
  });
  const time = virtualTime();
  return new PreviewClient({ baseUrl: server.baseUrl, sleep: time.sleep, now: time.now });
}

describe("walkHistory", () => {
  it("walks newest → oldest with ?before= until the depth is reached, keeping the newest posts", async () => {
    const pages = await collect(walkHistory(await client(), "dateline_news", { depth: 30 }));
    expect(pages.map((p) => p.length)).toEqual([18, 12]);
    expect(pages[0]?.at(-1)).toBe(95);
    expect(pages[1]).toEqual([63, 64, 65, 66, 67, 68, 69, 71, 72, 73, 74, 75]);
    expect(server?.requests.map((r) => r.path)).toEqual(["/s/dateline_news", "/s/dateline_news?before=76"]);
  });

  it("stops at sinceId, yielding only newer posts", async () => {
    const pages = await collect(walkHistory(await client(), "dateline_news", { depth: 1000, sinceId: 70 }));
    expect(pages.flat()).toEqual([
      76, 77, 78, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 71, 72, 73, 74, 75,
    ]);
    expect(server?.requests).toHaveLength(2);
  });

  it("stops at the start of the channel", async () => {
    const pages = await collect(walkHistory(await client(), "dateline_news", { depth: 1000 }));
    expect(pages.flat().sort((a, b) => a - b)).toEqual(
      Array.from({ length: LAST_ID }, (_, i) => i + 1).filter((id) => id % 10 !== 0),
    );
    expect(server?.requests.at(-1)?.path).toBe("/s/dateline_news?before=16");
  });

  it("stops when a page does not go further back", async () => {
    const stuck: PreviewPage = { available: true, channel: {}, posts: [], albums: [], minId: 50, maxId: 60 };
    let calls = 0;
    const source: PreviewPageSource = {
      fetchPage: async () => {
        calls++;
        return stuck;
      },
    };
    await collect(walkHistory(source, "dateline_news", { depth: 100 }));
    expect(calls).toBe(2);
  });

  it("fetches nothing for depth 0", async () => {
    const source: PreviewPageSource = {
      fetchPage: async () => {
        throw new Error("should not fetch");
      },
    };
    expect(await collect(walkHistory(source, "dateline_news", { depth: 0 }))).toEqual([]);
  });
});
