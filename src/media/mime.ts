// File extensions and MIME types of the media Telegram carries. Only these types are served inline;
// anything else is served as a download (application/octet-stream with Content-Disposition).

const BY_EXT: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  mp4: "video/mp4",
  webm: "video/webm",
  mov: "video/quicktime",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/ogg",
  pdf: "application/pdf",
  tgs: "application/x-tgsticker",
  txt: "text/plain",
};

const EXT_BY_MIME: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/gif": "gif",
  "video/mp4": "mp4",
  "video/webm": "webm",
  "video/quicktime": "mov",
  "audio/mpeg": "mp3",
  "audio/mp4": "m4a",
  "audio/ogg": "ogg",
  "application/pdf": "pdf",
};

/** MIME types a browser may render inline from our origin (never HTML or SVG: those could run script). */
export const INLINE_SAFE = new Set([
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/gif",
  "video/mp4",
  "video/webm",
  "audio/mpeg",
  "audio/mp4",
  "audio/ogg",
]);

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return m ? m[1]!.toLowerCase() : "";
}

export function mimeFromName(fileName: string): string | undefined {
  return BY_EXT[extensionOf(fileName)];
}

/** A safe extension for storing a file: from its MIME type, else its name, else "bin". */
export function storageExtension(mimeType: string | undefined, fileName: string | undefined): string {
  if (mimeType && EXT_BY_MIME[mimeType]) return EXT_BY_MIME[mimeType];
  const ext = fileName ? extensionOf(fileName) : "";
  return ext && BY_EXT[ext] ? ext : "bin";
}

export function mimeFromExtension(ext: string): string {
  return BY_EXT[ext] ?? "application/octet-stream";
}

/** The type of a file from its first bytes, for sources that do not say (Bot API photos carry no MIME type). */
export function sniffMime(head: Uint8Array): string | undefined {
  const at = (i: number) => head[i] ?? -1;
  const ascii = (from: number, text: string) => [...text].every((ch, i) => at(from + i) === ch.charCodeAt(0));
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return "image/jpeg";
  if (at(0) === 0x89 && ascii(1, "PNG")) return "image/png";
  if (ascii(0, "GIF8")) return "image/gif";
  if (ascii(0, "RIFF") && ascii(8, "WEBP")) return "image/webp";
  if (ascii(4, "ftyp"))
    return ascii(8, "M4A") ? "audio/mp4" : ascii(8, "qt") ? "video/quicktime" : "video/mp4";
  if (at(0) === 0x1a && at(1) === 0x45 && at(2) === 0xdf && at(3) === 0xa3) return "video/webm";
  if (ascii(0, "OggS")) return "audio/ogg";
  if (ascii(0, "ID3") || (at(0) === 0xff && (at(1) & 0xe0) === 0xe0)) return "audio/mpeg";
  if (ascii(0, "%PDF")) return "application/pdf";
  return undefined;
}
