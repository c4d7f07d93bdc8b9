import { afterEach, describe, expect, it } from "vitest";
import { PreviewClient, retryAfterSeconds } from "../../../src/telegram/preview/client.js";
import {
  InvalidChannelError,
  PreviewHttpError,
  PreviewNetworkError,
  PreviewUnavailableError,
} from "../../../src/telegram/preview/errors.js";
import { type FakeResponse, type FakeTme, startFakeTme, virtualTime } from "./fake-tme.js";
import {
  channelPage,
  embedNotFoundPage,
  embedPage,
  messageBlock,
  textBody,
  unavailablePage,
} from "./samples.js";

const DATE = "2025-10-01T08:15:00+00:00";
const page = channelPage([messageBlock({ id: 5, date: DATE, body: textBody("Hello") })]);

let server: FakeTme | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(
  route: (path: string, n: number) => FakeResponse,
  extra: { minIntervalMs?: number; maxRetries?: number } = {},
) {
  server = await startFakeTme(route);
  const time = virtualTime();
  const client = new PreviewClient({
    baseUrl: server.baseUrl,
    siteUrl: "https://news.example",
    sleep: time.sleep,
    now: time.now,
    random: () => 0.5,
    ...extra,
  });
  return { client, time, server };
}

describe("PreviewClient.fetchPage", () => {
  it("asks for t.me/s/<channel> with an honest User-Agent and parses the page", async () => {
    const { client, server } = await setup(() => ({ body: page }));
    const result = await client.fetchPage("dateline_news");
    const older = await client.fetchPage("dateline_news", { before: 5 });
    expect(result.posts.map((p) => p.post.text)).toEqual(["Hello"]);
    expect(older.available).toBe(true);
    expect(server.requests.map((r) => r.path)).toEqual(["/s/dateline_news", "/s/dateline_news?before=5"]);
    expect(server.requests[0]?.headers["user-agent"]).toBe("DatelineBot/0.1 (+https://news.example)");
    expect(server.requests[0]?.headers["accept-language"]).toBe("en");
  });

  it("uses the time of fetching as the edit time of posts marked edited", async () => {
    const edited = channelPage([messageBlock({ id: 6, date: DATE, body: textBody("v2"), meta: "edited " })]);
    const { client, time } = await setup(() => ({ body: edited }));
    await time.sleep(1_234_567_000);
    const result = await client.fetchPage("dateline_news");
    expect(result.posts[0]?.post.editDate).toBe(1_234_567);
  });

  it("keeps a minimum interval between requests, also for concurrent callers", async () => {
    const { client, time, server } = await setup(() => ({ body: page }));
    await client.fetchPage("dateline_news");
    await client.fetchPage("dateline_news");
    await Promise.all([client.fetchPage("dateline_news"), client.fetchPage("dateline_news")]);
    expect(server.requests).toHaveLength(4);
    expect(time.sleeps).toEqual([1500, 1500, 1500]);
  });

  it("waits out a 429's Retry-After, then succeeds", async () => {
    const { client, time, server } = await setup((_, n) =>
      n === 1 ? { status: 429, headers: { "retry-after": "7" } } : { body: page },
    );
    const result = await client.fetchPage("dateline_news");
    expect(result.posts).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
    expect(time.sleeps).toEqual([7000]);
  });

  it("does not wait out an unreasonable Retry-After: the caller gets it", async () => {
    const { client, server } = await setup(() => ({ status: 429, headers: { "retry-after": "3600" } }));
    const error = await client.fetchPage("dateline_news").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreviewHttpError);
    expect(error).toMatchObject({ httpStatus: 429, retryAfterSeconds: 3600, code: "TELEGRAM_API" });
    expect(server.requests).toHaveLength(1);
  });

  it("backs off exponentially with jitter on 5xx, then succeeds", async () => {
    const { client, time, server } = await setup((_, n) => (n <= 2 ? { status: 503 } : { body: page }), {
      minIntervalMs: 0,
    });
    await client.fetchPage("dateline_news");
    expect(server.requests).toHaveLength(3);
    // half of each step (1 s, 2 s) fixed, half random (0.5 here)
    expect(time.sleeps).toEqual([750, 1500]);
  });

  it("gives up after maxRetries with a PreviewHttpError", async () => {
    const { client, server } = await setup(() => ({ status: 502 }), { minIntervalMs: 0, maxRetries: 2 });
    const error = await client.fetchPage("dateline_news").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreviewHttpError);
    expect(error).toMatchObject({ httpStatus: 502 });
    expect(server.requests).toHaveLength(3);
  });

  it("does not retry other client errors", async () => {
    const { client, server } = await setup(() => ({ status: 403 }));
    await expect(client.fetchPage("dateline_news")).rejects.toBeInstanceOf(PreviewHttpError);
    expect(server.requests).toHaveLength(1);
  });

  it("404 and pages without history are PreviewUnavailableError naming the channel", async () => {
    const { client } = await setup((path) =>
      path.startsWith("/s/missing_channel") ? { status: 404 } : { body: unavailablePage },
    );
    await expect(client.fetchPage("missing_channel")).rejects.toThrow(/@missing_channel/);
    const error = await client.fetchPage("closed_channel").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreviewUnavailableError);
    expect(error).toMatchObject({ channel: "closed_channel", code: "CHANNEL_UNKNOWN" });
    expect(String(error)).toMatch(/@closed_channel.*not available/);
  });

  it("follows t.me's redirect of a disabled preview to the channel page", async () => {
    const { client, server } = await setup((path) =>
      path === "/s/closed_channel"
        ? { status: 302, headers: { location: "/closed_channel" } }
        : { body: unavailablePage },
    );
    await expect(client.fetchPage("closed_channel")).rejects.toBeInstanceOf(PreviewUnavailableError);
    expect(server.requests.map((r) => r.path)).toEqual(["/s/closed_channel", "/closed_channel"]);
  });

  it.each(["ab", "abcd", "bad-name", "@dateline_news", "a".repeat(33), "dateline_news/1", ""])(
    "rejects the username %j before any request",
    async (name) => {
      const { client, server } = await setup(() => ({ body: page }));
      await expect(client.fetchPage(name)).rejects.toBeInstanceOf(InvalidChannelError);
      expect(server.requests).toHaveLength(0);
    },
  );

  it("retries network errors, then throws PreviewNetworkError", async () => {
    const closed = await startFakeTme(() => ({}));
    const baseUrl = closed.baseUrl;
    await closed.close();
    const time = virtualTime();
    const client = new PreviewClient({
      baseUrl,
      sleep: time.sleep,
      now: time.now,
      random: () => 0,
      minIntervalMs: 0,
      maxRetries: 3,
    });
    const error = await client.fetchPage("dateline_news").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreviewNetworkError);
    expect(error).toMatchObject({ code: "NETWORK" });
    expect(time.sleeps).toEqual([500, 1000, 2000]);
  });
});

describe("PreviewClient.fetchEmbed", () => {
  it("asks for t.me/<channel>/<id>?embed=1 and tells a post from a deleted one", async () => {
    const { client, server } = await setup((path) =>
      path.startsWith("/dateline_news/70")
        ? { body: embedPage(messageBlock({ id: 70, date: DATE, body: textBody("Alive") })) }
        : { body: embedNotFoundPage },
    );
    const alive = await client.fetchEmbed("dateline_news", 70);
    const gone = await client.fetchEmbed("dateline_news", 71);
    expect(alive.status === "ok" && alive.post.post.text).toBe("Alive");
    expect(gone).toEqual({ status: "not_found", message: "Post not found" });
    expect(server.requests.map((r) => r.path)).toEqual([
      "/dateline_news/70?embed=1",
      "/dateline_news/71?embed=1",
    ]);
  });

  it("rejects a bad id before any request", async () => {
    const { client, server } = await setup(() => ({ body: embedNotFoundPage }));
    await expect(client.fetchEmbed("dateline_news", 0)).rejects.toThrow(/positive integer/);
    await expect(client.fetchEmbed("dateline_news", 1.5)).rejects.toThrow(/positive integer/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("PreviewClient.downloadMedia", () => {
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

  it("returns the bytes and the MIME type", async () => {
    const { client, server } = await setup(() => ({ headers: { "content-type": "image/jpeg" }, body: jpeg }));
    const media = await client.downloadMedia(`${server.baseUrl}/file/abc.jpg?token=secret`);
    expect(media.mimeType).toBe("image/jpeg");
    expect(Buffer.compare(media.bytes, jpeg)).toBe(0);
  });

  it("an expired link is a PreviewHttpError without the token in its message", async () => {
    const { client, server } = await setup(() => ({ status: 404 }));
    const error = await client
      .downloadMedia(`${server.baseUrl}/file/abc.jpg?token=secret`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreviewHttpError);
    expect(String(error)).not.toContain("secret");
  });

  it("refuses files over the size limit and non-http URLs", async () => {
    server = await startFakeTme(() => ({
      headers: { "content-type": "video/mp4" },
      body: Buffer.alloc(2048),
    }));
    const time = virtualTime();
    const client = new PreviewClient({
      baseUrl: server.baseUrl,
      sleep: time.sleep,
      now: time.now,
      maxMediaBytes: 1024,
    });
    await expect(client.downloadMedia(`${server.baseUrl}/file/big.mp4`)).rejects.toThrow(
      /larger than 1024 bytes/,
    );
    await expect(client.downloadMedia("file:///etc/passwd")).rejects.toThrow(/http/);
  });
});

describe("retryAfterSeconds", () => {
  it("reads delay-seconds and HTTP-dates", () => {
    const now = Date.UTC(2025, 0, 1, 12, 0, 0);
    expect(retryAfterSeconds("120", now)).toBe(120);
    expect(retryAfterSeconds("Wed, 01 Jan 2025 12:00:30 GMT", now)).toBe(30);
    expect(retryAfterSeconds("Wed, 01 Jan 2025 11:00:00 GMT", now)).toBe(0);
    expect(retryAfterSeconds("soon", now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});
