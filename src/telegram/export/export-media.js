// A message's `photo` / `file` fields → MediaRef. Paths in result.json are relative to the export folder;
// they come from a file anyone can edit, so a path that could leave the folder is never handed on.

/** @import { MediaKind, MediaRef, MediaSource } from "../post.js" */
/** @import { ExportMessage } from "./message-schema.js" */

/**
 * `media_type` of a `file` (export_output_json.cpp) → kind; a file without one is a document.
 * @type {ReadonlyMap<string, MediaKind>}
 */
const KIND_BY_MEDIA_TYPE = new Map([
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

/**
 * @param {ExportMessage} message
 * @returns {MediaRef[]}
 */
export function mediaOf(message) {
  /** @type {MediaRef[]} */
  const media = [];
  if (message.photo !== undefined) {
    /** @type {MediaRef} */
    const photo = { kind: "photo", source: sourceOf(message.photo) };
    if (message.width !== undefined) photo.width = message.width;
    if (message.height !== undefined) photo.height = message.height;
    if (message.photo_file_size !== undefined) photo.size = message.photo_file_size;
    media.push(photo);
  }
  if (message.file !== undefined) {
    const kind = (message.media_type && KIND_BY_MEDIA_TYPE.get(message.media_type)) || "document";
    /** @type {MediaRef} */
    const file = { kind, source: sourceOf(message.file) };
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

/**
 * @param {string} value a relative path or a placeholder sentence
 * @returns {MediaSource}
 */
export function sourceOf(value) {
  const placeholder = PLACEHOLDER.exec(value);
  if (placeholder) return { type: "missing", reason: placeholder[1] ?? "" };
  if (!isSafeRelativePath(value)) return { type: "missing", reason: UNSAFE_PATH_REASON };
  return { type: "export", path: value };
}

/**
 * A path that stays inside the export folder however it is joined: not absolute (POSIX, UNC or a Windows
 * drive), no ".." segment, no NUL byte.
 * @param {string} value
 */
export function isSafeRelativePath(value) {
  if (value === "" || value.includes("\0")) return false;
  if (value.startsWith("/") || value.startsWith("\\") || DRIVE_LETTER.test(value)) return false;
  return !value.split(SEGMENT_SEPARATOR).includes("..");
}
