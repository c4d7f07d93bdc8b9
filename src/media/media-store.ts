// Content-addressed media on disk: <dir>/<first two hex>/<sha256>.<ext>. The same bytes are stored once,
// whatever post or source they came from. Writes go to a temporary file and are renamed into place, so a
// crash never leaves a half-written file under a final name.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, mkdir, open, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { mimeFromExtension, sniffMime, storageExtension } from "./mime.js";

export interface StoredMedia {
  sha256: string;
  size: number;
  mimeType: string;
  ext: string;
  width: number | null;
  height: number | null;
}

export interface MediaHints {
  mimeType?: string;
  fileName?: string;
  width?: number;
  height?: number;
}

const SHA_RE = /^[0-9a-f]{64}$/;

export class MediaStore {
  constructor(readonly dir: string) {}

  /** Where a stored file lives. `sha` must be a 64-hex digest (checked: it comes from URLs too). */
  filePath(sha: string, ext: string): string {
    if (!SHA_RE.test(sha) || !/^[a-z0-9]{1,8}$/.test(ext)) throw new Error("invalid media id");
    return path.join(this.dir, sha.slice(0, 2), `${sha}.${ext}`);
  }

  variantPath(sha: string, width: number, format: string): string {
    if (!SHA_RE.test(sha)) throw new Error("invalid media id");
    return path.join(this.dir, "variants", sha.slice(0, 2), `${sha}-w${width}.${format}`);
  }

  async putBytes(bytes: Buffer, given: MediaHints): Promise<StoredMedia> {
    const hints = withSniffedType(given, bytes.subarray(0, 16));
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const ext = storageExtension(hints.mimeType, hints.fileName);
    const target = this.filePath(sha256, ext);
    if (!(await exists(target))) {
      const tmp = await this.tempPath();
      await writeFile(tmp, bytes);
      await this.moveInto(tmp, target);
    }
    return this.describe(sha256, bytes.length, ext, target, hints);
  }

  /** Copies a file (streamed, so large videos never sit in memory) into the store. */
  async putFile(source: string, given: MediaHints): Promise<StoredMedia> {
    const hints = withSniffedType(given, await readHead(source));
    const hash = createHash("sha256");
    let size = 0;
    for await (const chunk of createReadStream(source)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    const sha256 = hash.digest("hex");
    const ext = storageExtension(hints.mimeType, hints.fileName ?? source);
    const target = this.filePath(sha256, ext);
    if (!(await exists(target))) {
      const tmp = await this.tempPath();
      await copyFile(source, tmp);
      await this.moveInto(tmp, target);
    }
    return this.describe(sha256, size, ext, target, hints);
  }

  private async describe(
    sha256: string,
    size: number,
    ext: string,
    file: string,
    hints: MediaHints,
  ): Promise<StoredMedia> {
    const mimeType =
      hints.mimeType && hints.mimeType !== "application/octet-stream"
        ? hints.mimeType
        : mimeFromExtension(ext);
    let width = hints.width ?? null;
    let height = hints.height ?? null;
    if (mimeType.startsWith("image/") && (width === null || height === null)) {
      try {
        const meta = await sharp(file).metadata();
        width = meta.width ?? null;
        height = meta.height ?? null;
      } catch {
        // Not a decodable image: keep it as a file; pages will show it as a download.
      }
    }
    return { sha256, size, mimeType, ext, width, height };
  }

  private async tempPath(): Promise<string> {
    const dir = path.join(this.dir, "tmp");
    await mkdir(dir, { recursive: true });
    return path.join(dir, `${process.pid}-${randomBytes(8).toString("hex")}`);
  }

  private async moveInto(tmp: string, target: string): Promise<void> {
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await rename(tmp, target);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }
}

/** Trust a specific MIME type the source gave; otherwise look at the bytes. */
function withSniffedType(hints: MediaHints, head: Uint8Array): MediaHints {
  if (hints.mimeType && hints.mimeType !== "application/octet-stream") return hints;
  const sniffed = sniffMime(head);
  return sniffed ? { ...hints, mimeType: sniffed } : hints;
}

async function readHead(file: string): Promise<Uint8Array> {
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(16);
    const { bytesRead } = await fh.read(buf, 0, 16, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
