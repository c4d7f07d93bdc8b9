// A headline for a post without text (a photo, a video, a poll). Something must head the page and make
// the slug; the post's own content is preferred to a label.
import type { MediaKind, TelegramPost } from "../telegram/post.js";

export interface FallbackHeadline {
  headline: string;
  /** A label shared by many posts ("Photo"): the slug needs the message id to stay apart. */
  generic: boolean;
}

type Label = "photo" | "video" | "audio" | "file" | "post";

/** Labels in the languages of the channels we serve first; others fall back to English. */
const LABELS: Record<string, Record<Label, string>> = {
  en: { photo: "Photo", video: "Video", audio: "Audio", file: "File", post: "Post" },
  ar: { photo: "صورة", video: "فيديو", audio: "تسجيل صوتي", file: "ملف", post: "منشور" },
  fa: { photo: "عکس", video: "ویدیو", audio: "فایل صوتی", file: "فایل", post: "پست" },
  ru: { photo: "Фото", video: "Видео", audio: "Аудио", file: "Файл", post: "Пост" },
  uk: { photo: "Фото", video: "Відео", audio: "Аудіо", file: "Файл", post: "Допис" },
};
const DEFAULT_LABELS = "en";

const KIND_LABELS: Record<MediaKind, Label> = {
  photo: "photo",
  video: "video",
  animation: "video",
  video_note: "video",
  audio: "audio",
  voice: "audio",
  document: "file",
  sticker: "post",
};

/** "annual-report_2024.pdf" → "annual report 2024". */
function fileTitle(fileName: string): string {
  return fileName
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .replace(/[_-]+/g, " ")
    .trim();
}

/**
 * In order: the poll's question, the location's title or address, a document's or audio's file name,
 * then a label for the first item's kind ("Photo", "صورة") in the channel's language, or "Post"
 * when there is no media either.
 */
export function fallbackHeadline(posts: readonly TelegramPost[], language: string): FallbackHeadline {
  const specific =
    posts.find((p) => p.poll)?.poll?.question.trim() ||
    posts.map((p) => p.location?.title?.trim() || p.location?.address?.trim()).find(Boolean) ||
    posts
      .flatMap((p) => p.media)
      .map((m) => (m.fileName && m.kind !== "photo" ? fileTitle(m.fileName) : ""))
      .find(Boolean);
  if (specific) return { headline: specific, generic: false };
  const labels = LABELS[language.split("-")[0] ?? ""] ?? LABELS[DEFAULT_LABELS];
  const kind = posts.flatMap((p) => p.media)[0]?.kind;
  return { headline: labels?.[kind ? KIND_LABELS[kind] : "post"] ?? "", generic: true };
}
