// A message's `photo` / `file` fields → MediaRef. Paths in result.json are relative to the export folder;
// they come from a file anyone can edit, so a path that could leave the folder is never handed on.
import type { MediaKind, MediaRef, MediaSource } from "../post.js";
import type { ExportMessage } from "./message-schema.js";

/** `media_type` of a `file` (export_output_json.cpp) → kind; a file without one is a document. */
const KIND_BY_MEDIA_TYPE: ReadonlyMap<string, MediaKind> = new Map<string, MediaKind>([
  ["video_file", "video"],
  ["animation", "animation"],
  ["voice_message", "voice"],
  ["audio_file", "audio"],
  ["sticker", "sticker"],
  ["video_message", "video_note"],
]);

/** Telegram Desktop writes a sentence in parentheses instead of a path when it did not save the file:
 * "(File not included. Change data exporting settings to download.)", "(File exceeds maximum size. …)",
 * "(File unavailable, please try again later)". */
const PLACEHOLDER = /^\((.*)\)$/s;
const DRIVE_LETTER = /^[A-Za-z]:/;
const SEGMENT_SEPARATOR = /[\\/]/;
const UNSAFE_PATH_REASON = "unsafe path";

export function mediaOf(message: ExportMessage): MediaRef[] {
  const media: MediaRef[] = [];
  if (message.photo !== undefined) {
    const photo: MediaRef = { kind: "photo", source: sourceOf(message.photo) };
    if (message.width !== undefined) photo.width = message.width;
    if (message.height !== undefined) photo.height = message.height;
    if (message.photo_file_size !== undefined) photo.size = message.photo_file_size;
    media.push(photo);
  }
  if (message.file !== undefined) {
    const kind = (message.media_type && KIND_BY_MEDIA_TYPE.get(message.media_type)) || "document";
    const file: MediaRef = { kind, source: sourceOf(message.file) };
    if (message.mime_type !== undefined) file.mimeType = message.mime_type;
    if (message.file_name !== undefined) file.fileName = message.file_name;
    if (message.width !== undefined) file.width = message.width;
    if (message.height !== undefined) file.height = message.height;
    if (message.duration_seconds !== undefined) file.durationSeconds = message.duration_seconds;
    if (message.file_size !== undefined) file.size = message.file_size;
    media.push(file);
  }
  return media;
}

/** @param value a relative path or a placeholder sentence */
export function sourceOf(value: string): MediaSource {
  const placeholder = PLACEHOLDER.exec(value);
  if (placeholder) return { type: "missing", reason: placeholder[1] ?? "" };
  if (!isSafeRelativePath(value)) return { type: "missing", reason: UNSAFE_PATH_REASON };
  return { type: "export", path: value };
}

/**
 * A path that stays inside the export folder however it is joined: not absolute (POSIX, UNC or a Windows
 * drive), no ".." segment, no NUL byte.
 */
export function isSafeRelativePath(value: string): boolean {
  if (value === "" || value.includes("\0")) return false;
  if (value.startsWith("/") || value.startsWith("\\") || DRIVE_LETTER.test(value)) return false;
  return !value.split(SEGMENT_SEPARATOR).includes("..");
}
