// A local stand-in for one public channel on t.me: its t.me/s pages (20 blocks each, `?before=` going back),
// the embed page of each post ("Post not found" once deleted) and a CDN serving the media, on 127.0.0.1.
// Markup comes from the hand-written samples shaped like the real pages (test/telegram-preview/samples.ts).
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import {
  albumBody,
  channelPage,
  embedNotFoundPage,
  embedPage,
  messageBlock,
  photoWrap,
  textBody,
} from "../telegram/preview/samples.js";

export const PAGE_SIZE = 20;

export interface Answer {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface Tme {
  baseUrl: string;
  /** Every path asked for, in order. */
  requests: string[];
  /** Answers a request before the normal routes when it returns something (429s, outages). */
  intercept: ((path: string, n: number) => Answer | undefined) | undefined;
  close(): Promise<void>;
}

/** A node:http server on a free loopback port answering from an async route. */
export async function startTme(route: (path: string) => Promise<Answer>): Promise<Tme> {
  const tme: Tme = { baseUrl: "", requests: [], intercept: undefined, close: async () => {} };
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    tme.requests.push(path);
    void (async () => {
      const answer = tme.intercept?.(path, tme.requests.length) ?? (await route(path));
      res.writeHead(answer.status ?? 200, {
        "content-type": "text/html; charset=utf-8",
        ...answer.headers,
      });
      res.end(answer.body ?? "");
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  tme.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  tme.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    });
  return tme;
}

/** Media bytes for a CDN path: a small JPEG of a colour derived from the name, or opaque video/audio bytes. */
export async function cdnAnswer(path: string): Promise<Answer> {
  const name = path.split("?")[0] ?? path;
  const digest = createHash("sha256").update(name).digest();
  if (/\.(jpe?g)$/i.test(name) || !/\.[a-z0-9]+$/i.test(name)) {
    const body = await sharp({
      create: {
        width: 16,
        height: 12,
        channels: 3,
        background: { r: digest[0]!, g: digest[1]!, b: digest[2]! },
      },
    })
      .jpeg()
      .toBuffer();
    return { headers: { "content-type": "image/jpeg" }, body };
  }
  if (/\.webp$/i.test(name)) {
    const body = await sharp({
      create: { width: 16, height: 12, channels: 4, background: { r: digest[0]!, g: 0, b: 0, alpha: 1 } },
    })
      .webp()
      .toBuffer();
    return { headers: { "content-type": "image/webp" }, body };
  }
  const type = /\.mp4$/i.test(name)
    ? "video/mp4"
    : /\.og[ga]$/i.test(name)
      ? "audio/ogg"
      : "application/octet-stream";
  return { headers: { "content-type": type }, body: Buffer.concat([Buffer.from(name), digest]) };
}

export interface PostSpec {
  id: number;
  /** ISO 8601, UTC */
  date: string;
  text: string;
  /** A photo (single post) or the items of an album (ids, the first being `id`). */
  photo?: boolean;
  albumIds?: number[];
  edited?: boolean;
}

/** One channel whose posts a test adds, edits and deletes; everything else on the server answers 404. */
export class FakeChannel {
  readonly posts = new Map<number, PostSpec>();

  private constructor(
    readonly username: string,
    readonly tme: Tme,
  ) {}

  static async start(username: string): Promise<FakeChannel> {
    let self: FakeChannel | undefined;
    const tme = await startTme(async (path) => self!.answer(path));
    self = new FakeChannel(username, tme);
    return self;
  }

  get baseUrl(): string {
    return this.tme.baseUrl;
  }

  add(...posts: PostSpec[]): void {
    for (const p of posts) this.posts.set(p.id, p);
  }

  /** Posts `first`..`last`, one a minute from `start`, each with a headline line and a paragraph. */
  addRange(first: number, last: number, start = Date.UTC(2023, 10, 14, 8, 0) / 1000): void {
    for (let id = first; id <= last; id++) this.add(textPost(id, start + (id - first) * 60));
  }

  delete(id: number): void {
    this.posts.delete(id);
  }

  mediaUrl(id: number): string {
    return `${this.baseUrl}/cdn/file/p${id}.jpg?token=secret${id}`;
  }

  /** The markup of a post's block, as t.me/s and the embed page show it. */
  block(p: PostSpec): string {
    const text = p.text.replace(/\n/g, "<br/>");
    let body: string;
    if (p.albumIds) {
      const items = p.albumIds.map((id) => ({
        id,
        kind: "photo" as const,
        url: this.mediaUrl(id),
        ratio: 1.33,
        width: 200,
      }));
      body = albumBody(items, text);
    } else {
      body = `${p.photo ? photoWrap(this.mediaUrl(p.id), 800, 75) : ""}${textBody(text)}`;
    }
    return messageBlock({
      channel: this.username,
      id: p.id,
      date: p.date,
      body,
      ...(p.edited ? { meta: "edited " } : {}),
    });
  }

  private async answer(path: string): Promise<Answer> {
    const url = new URL(path, "http://x");
    if (url.pathname.startsWith("/cdn/")) return cdnAnswer(url.pathname);
    const page = /^\/s\/([^/]+)$/.exec(url.pathname);
    if (page?.[1] === this.username) {
      const before = url.searchParams.get("before");
      return { body: this.page(before === null ? undefined : Number(before)) };
    }
    const embed = /^\/([^/]+)\/(\d+)$/.exec(url.pathname);
    if (embed?.[1] === this.username && url.searchParams.has("embed")) {
      const id = Number(embed[2]);
      const post = [...this.posts.values()].find((p) => p.id === id || p.albumIds?.includes(id));
      return { body: post ? embedPage(this.block(post)) : embedNotFoundPage };
    }
    return { status: 404, body: "not found" };
  }

  private page(before: number | undefined): string {
    const ids = [...this.posts.keys()]
      .filter((id) => before === undefined || id < before)
      .sort((a, b) => a - b);
    const shown = ids.slice(-PAGE_SIZE).map((id) => this.block(this.posts.get(id)!));
    return channelPage(shown);
  }
}

export function textPost(id: number, unixSeconds: number, text?: string): PostSpec {
  return {
    id,
    date: new Date(unixSeconds * 1000).toISOString().replace(".000Z", "+00:00"),
    text: text ?? `Headline of post ${id}\nThe story of post ${id} in one paragraph.`,
  };
}
