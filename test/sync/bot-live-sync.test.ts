// Live sync through the Bot API: webhook and long polling against a local Bot API server.
import sharp from "sharp";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Services } from "../../src/compose/services.js";
import { OFFSET_KEY } from "../../src/sync/poller.js";
import { describeEachDatabase } from "../helpers/databases.js";
import {
  channelPostUpdate,
  FAKE_TOKEN,
  type FakeBotApi,
  startFakeBotApi,
  TEST_CHAT,
} from "../helpers/fake-bot-api.js";
import { testApp, testServices } from "../helpers/services.js";

const SECRET = "s3cret_Token-for-tests";
const POSTED = Date.UTC(2026, 10, 20, 9, 0) / 1000;

function post(id: number, text: string, extra: Record<string, unknown> = {}) {
  return { message_id: id, chat: TEST_CHAT, date: POSTED + id, text, ...extra };
}

async function jpeg(hue: number): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: hue, g: 80, b: 120 } } })
    .jpeg()
    .toBuffer();
}

describeEachDatabase("live sync via the Bot API", (getDb) => {
  let s: Services;
  let tg: FakeBotApi;
  let app: ReturnType<typeof testApp>;

  const deliver = (update: unknown, secret: string | null = SECRET, body?: string) =>
    app.request("/telegram/webhook", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(secret === null ? {} : { "x-telegram-bot-api-secret-token": secret }),
      },
      body: body ?? JSON.stringify(update),
    });

  beforeAll(async () => {
    tg = await startFakeBotApi();
    s = await testServices(getDb().db, {
      DATELINE_TELEGRAM_BOT_TOKEN: FAKE_TOKEN,
      DATELINE_TELEGRAM_WEBHOOK_SECRET: SECRET,
      DATELINE_TELEGRAM_API_ROOT: tg.url,
      DATELINE_ALBUM_QUIET_MS: "50",
    });
    await s.channels.create({
      username: "riverside",
      title: "Riverside",
      timezone: "Asia/Baghdad",
      language: "en",
    });
    app = testApp(s);
  });
  afterAll(async () => {
    await tg.close();
  });

  it("publishes a channel_post before the webhook answers, once", async () => {
    const update = channelPostUpdate(
      1001,
      post(10, "Bridge reopens after repairs\nMosul – Riverside\n\nThe bridge reopened on Friday.", {
        entities: [{ type: "bold", offset: 0, length: 28 }],
      }),
    );
    const res = await deliver(update);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, outcome: "stored" });
    // Already on the site, without waiting.
    expect(await (await app.request("/")).text()).toContain("Bridge reopens after repairs");
    const location = (await app.request("/p/riverside/10")).headers.get("location")!;
    expect(location).toMatch(/^\/2026\/11\/20\/bridge-reopens-after-repairs\/$/);
    const page = await (await app.request(location)).text();
    expect(page).toContain("The bridge reopened on Friday.");
    expect(await (await app.request("/2026/11/20/")).text()).toContain("Bridge reopens after repairs");
    // The same update again changes nothing.
    const again = await deliver(update);
    expect(await again.json()).toMatchObject({ ok: true, outcome: "unchanged" });
    expect(await s.articles.count()).toBe(1);
  });

  it("refuses a wrong or missing secret, and malformed bodies, storing nothing", async () => {
    const update = channelPostUpdate(1002, post(11, "Should never be stored"));
    expect((await deliver(update, "wrong")).status).toBe(401);
    expect((await deliver(update, null)).status).toBe(401);
    expect((await deliver(null, SECRET, "{not json")).status).toBe(400);
    expect((await deliver({ channel_post: post(11, "no update id") })).status).toBe(400);
    expect((await deliver({ update_id: 5, channel_post: { message_id: "x" } })).status).toBe(400);
    expect(await s.articles.count()).toBe(1);
    expect(await (await app.request("/")).text()).not.toContain("Should never be stored");
  });

  it("ignores posts from chats that are not configured channels", async () => {
    const other = { ...post(3, "Elsewhere"), chat: { id: -1009999, title: "Other", type: "channel" } };
    const res = await deliver(channelPostUpdate(1003, other));
    expect(await res.json()).toMatchObject({ ok: true, outcome: "ignored" });
    expect(await s.articles.count()).toBe(1);
  });

  it("gathers three album items sent separately into one article with three local images", async () => {
    for (const [i, hue] of [20, 120, 220].entries()) {
      tg.files.set(`photo-${i}`, await jpeg(hue));
      const photo = [
        { file_id: `thumb-${i}`, file_unique_id: `t${i}`, width: 32, height: 24 },
        { file_id: `photo-${i}`, file_unique_id: `p${i}`, width: 64, height: 48 },
      ];
      const caption =
        i === 1
          ? { caption: "Photos: the new market hall\nBasra – Riverside\n\nTraders moved in on Monday." }
          : {};
      const res = await deliver(
        channelPostUpdate(1010 + i, {
          ...post(20 + i, ""),
          text: undefined,
          photo,
          media_group_id: "album-1",
          ...caption,
        }),
      );
      expect(res.status).toBe(200);
    }
    await s.telegram!.albums.flush();
    expect(await s.articles.count()).toBe(2);
    const location = (await app.request("/p/riverside/22")).headers.get("location")!;
    const html = await (await app.request(location)).text();
    expect(html).toContain("Photos: the new market hall");
    const images = [...html.matchAll(/<img[^>]+src="(\/media\/[0-9a-f]{64}\.jpg)"/g)].map((m) => m[1]);
    expect(new Set(images).size).toBe(3);
    expect(html).not.toContain(tg.url);
    for (const src of images) expect((await app.request(src!)).status).toBe(200);
    // A late fourth item joins the same article.
    tg.files.set("photo-3", await jpeg(60));
    await deliver(
      channelPostUpdate(1014, {
        ...post(23, ""),
        text: undefined,
        photo: [{ file_id: "photo-3", file_unique_id: "p3", width: 64, height: 48 }],
        media_group_id: "album-1",
      }),
    );
    expect(await s.articles.count()).toBe(2);
    const after = await (await app.request(location)).text();
    expect(new Set([...after.matchAll(/src="(\/media\/[0-9a-f]{64}\.jpg)"/g)].map((m) => m[1])).size).toBe(4);
  });

  it("an edit updates the article, shows Updated, and keeps the old text on the revision page", async () => {
    const edited = post(
      10,
      "Bridge reopens after repairs\nMosul – Riverside\n\nThe bridge reopened on Friday to cars and buses.",
      {
        entities: [{ type: "bold", offset: 0, length: 28 }],
        edit_date: POSTED + 3600,
      },
    );
    const res = await deliver(channelPostUpdate(1020, edited, "edited_channel_post"));
    expect(await res.json()).toMatchObject({ outcome: "stored" });
    const location = (await app.request("/p/riverside/10")).headers.get("location")!;
    const page = await (await app.request(location)).text();
    expect(page).toContain("to cars and buses");
    expect(page).toContain("2026.11.20 – 13:00"); // edit time in Baghdad
    const revisions = await (await app.request(`${location}revisions/`)).text();
    expect(revisions).toContain("The bridge reopened on Friday.");
    // An edit that changes nothing shown (e.g. only reactions) is no revision.
    const same = await deliver(
      channelPostUpdate(1021, { ...edited, edit_date: POSTED + 7200 }, "edited_channel_post"),
    );
    expect(await same.json()).toMatchObject({ outcome: "unchanged" });
  });

  it("long polling stores updates and advances the offset only after storing", async () => {
    await s.state.set(OFFSET_KEY, "0");
    tg.updates.push(
      channelPostUpdate(2001, post(30, "Polling works for channels without HTTPS\n\nA body line.")),
    );
    tg.updates.push({
      update_id: 2002,
      message: { message_id: 1, chat: { id: 5, type: "private" }, date: 1, text: "hi" },
    });
    const handled = await s.telegram!.poller.pollOnce();
    expect(handled).toBe(2);
    expect(await s.state.get(OFFSET_KEY)).toBe("2003");
    expect(await (await app.request("/")).text()).toContain("Polling works for channels");
    // The next round asks from the stored offset: nothing is handled twice.
    expect(await s.telegram!.poller.pollOnce()).toBe(0);
    const offsets = tg.calls.filter((c) => c.method === "getUpdates").map((c) => Number(c.params.offset));
    expect(offsets).toEqual([0, 2003]);
  });
});
