// Stored media, served from our own origin (never Telegram's CDN, whose links expire): originals at
// /media/<sha256>.<ext>, responsive image variants at /media/<sha256>/w<width>.webp, made on first request.
import { createReadStream } from "node:fs";
import { mkdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { Hono } from "hono";
import sharp from "sharp";
import type { MediaStore } from "../../media/media-store.js";
import { INLINE_SAFE, mimeFromExtension } from "../../media/mime.js";
import { IMAGE_WIDTHS } from "../pages/present-media.js";
import { IMMUTABLE } from "../respond.js";

const VARIANT_QUALITY = 78;

function streamFile(file: string, start?: number, end?: number): ReadableStream {
  return Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream;
}

/** Parses a single "bytes=a-b" range (RFC 9110 §14.2); multiple ranges are answered with the whole file. */
function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | "invalid" | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return null;
  const [, a, b] = m;
  if (a === "" && b === "") return "invalid";
  let start: number;
  let end: number;
  if (a === "") {
    start = Math.max(0, size - Number(b));
    end = size - 1;
  } else {
    start = Number(a);
    end = b === "" ? size - 1 : Math.min(Number(b), size - 1);
  }
  if (start > end || start >= size) return "invalid";
  return { start, end };
}

export function mediaRoutes(media: MediaStore): Hono {
  const app = new Hono();

  app.get("/media/:file{[0-9a-f]{64}\\.[a-z0-9]{1,8}}", async (c) => {
    const [sha, ext] = c.req.param("file").split(".") as [string, string];
    const file = media.filePath(sha, ext);
    const info = await stat(file).catch(() => null);
    if (!info) return c.notFound();
    const mime = mimeFromExtension(ext);
    const etag = `"${sha.slice(0, 32)}"`;
    const headers: Record<string, string> = {
      "content-type": INLINE_SAFE.has(mime) ? mime : "application/octet-stream",
      "cache-control": IMMUTABLE,
      etag,
      "accept-ranges": "bytes",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    };
    if (!INLINE_SAFE.has(mime)) headers["content-disposition"] = "attachment";
    if (c.req.header("if-none-match") === etag) return new Response(null, { status: 304, headers });
    const range = parseRange(c.req.header("range"), info.size);
    if (range === "invalid") {
      return new Response(null, {
        status: 416,
        headers: { ...headers, "content-range": `bytes */${info.size}` },
      });
    }
    if (range) {
      headers["content-range"] = `bytes ${range.start}-${range.end}/${info.size}`;
      headers["content-length"] = String(range.end - range.start + 1);
      return new Response(c.req.method === "HEAD" ? null : streamFile(file, range.start, range.end), {
        status: 206,
        headers,
      });
    }
    headers["content-length"] = String(info.size);
    return new Response(c.req.method === "HEAD" ? null : streamFile(file), { status: 200, headers });
  });

  app.get("/media/:sha{[0-9a-f]{64}}/:variant{w[0-9]{2,4}\\.webp}", async (c) => {
    const sha = c.req.param("sha");
    const width = Number(c.req.param("variant").slice(1, -5));
    if (!(IMAGE_WIDTHS as readonly number[]).includes(width)) return c.notFound();
    const target = media.variantPath(sha, width, "webp");
    let info = await stat(target).catch(() => null);
    if (!info) {
      const original = await findOriginal(media, sha);
      if (!original) return c.notFound();
      await mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      try {
        await sharp(original)
          .rotate()
          .resize({ width, withoutEnlargement: true })
          .webp({ quality: VARIANT_QUALITY })
          .toFile(tmp);
        await rename(tmp, target);
      } catch {
        return c.notFound();
      }
      info = await stat(target);
    }
    return new Response(streamFile(target), {
      headers: {
        "content-type": "image/webp",
        "content-length": String(info.size),
        "cache-control": IMMUTABLE,
        "x-content-type-options": "nosniff",
      },
    });
  });
  return app;
}

const IMAGE_EXTS = ["jpg", "png", "webp", "gif"];

async function findOriginal(media: MediaStore, sha: string): Promise<string | null> {
  for (const ext of IMAGE_EXTS) {
    const file = media.filePath(sha, ext);
    if (await stat(file).catch(() => null)) return file;
  }
  return null;
}
