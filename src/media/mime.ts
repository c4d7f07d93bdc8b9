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
