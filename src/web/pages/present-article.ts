import { urlPathOf } from "../../articles/permalink.js";
import { parseStringList } from "../../db/json-columns.js";
import type { ArticleRow, ChannelRow, MessageMediaRow, RevisionRow } from "../../db/tables/index.js";
import { formatNewsTime, isoInZone } from "../../shared/time.js";
import type { ArticleView, ChannelView, ListItemView, RevisionView, TagView } from "../view-models.js";
import { lineDiff } from "./line-diff.js";
import { presentMedia } from "./present-media.js";

export function presentChannel(c: ChannelRow): ChannelView {
  return { username: c.username, title: c.title, cta: c.cta, telegramUrl: `https://t.me/${c.username}` };
}

export function tagUrl(tag: string): string {
  return `/tag/${encodeURIComponent(tag)}/`;
}

function dateline(a: ArticleRow) {
  return a.dateline_place ? { place: a.dateline_place, outlet: a.dateline_outlet } : null;
}

export function presentArticle(
  a: ArticleRow,
  channel: ChannelRow,
  media: MessageMediaRow[],
  baseUrl: string,
): ArticleView {
  const tz = channel.timezone;
  const telegramPostUrl = `https://t.me/${channel.username}/${a.message_id}`;
  const mediaViews = media.map((m) => presentMedia(m, telegramPostUrl));
  const firstImage = mediaViews.find((m) => m.kind === "image");
  const tags: TagView[] = parseStringList(a.tags).map((name) => ({ name, url: tagUrl(name) }));
  const url = urlPathOf(a.path);
  return {
    url,
    headline: a.headline,
    dateline: dateline(a),
    bodyHtml: a.body_html,
    summary: a.summary,
    publishedIso: isoInZone(a.published_at, tz),
    publishedDisplay: formatNewsTime(a.published_at, tz),
    updatedIso: a.updated_at ? isoInZone(a.updated_at, tz) : null,
    updatedDisplay: a.updated_at ? formatNewsTime(a.updated_at, tz) : null,
    language: a.language,
    direction: a.direction === "rtl" ? "rtl" : "ltr",
    tags,
    media: mediaViews,
    channel: presentChannel(channel),
    telegramPostUrl,
    revisionsUrl: a.revision > 1 ? `${url}revisions/` : null,
    imageUrl: firstImage ? `${baseUrl}${firstImage.src}` : null,
  };
}

export function presentListItem(a: ArticleRow, channel: ChannelRow): ListItemView {
  const tz = channel.timezone;
  const image = a.image_sha
    ? presentMedia(
        {
          channel_id: a.channel_id,
          message_id: a.message_id,
          position: 0,
          kind: "photo",
          sha256: a.image_sha,
          mime_type: "image/jpeg",
          file_name: null,
          width: null,
          height: null,
          duration: null,
          missing_reason: null,
          source: "{}",
        },
        null,
      )
    : null;
  return {
    url: urlPathOf(a.path),
    headline: a.headline,
    summary: a.summary,
    publishedIso: isoInZone(a.published_at, tz),
    publishedDisplay: formatNewsTime(a.published_at, tz),
    language: a.language,
    direction: a.direction === "rtl" ? "rtl" : "ltr",
    dateline: dateline(a),
    image: image ? { ...image, src: `/media/${a.image_sha}/w320.webp`, srcset: undefined } : null,
    channelTitle: channel.title,
  };
}

/** Revisions newest first, each with its diff against the version before it. */
export function presentRevisions(current: ArticleRow, older: RevisionRow[], tz: string): RevisionView[] {
  const versions = [
    {
      number: current.revision,
      created: current.updated_at ?? current.published_at,
      headline: current.headline,
      body: current.body_text,
    },
    ...older.map((r) => ({
      number: r.number,
      created: r.created_at,
      headline: r.headline,
      body: r.body_text,
    })),
  ];
  return versions.map((v, i) => {
    const prev = versions[i + 1];
    const text = `${v.headline}\n\n${v.body}`;
    const prevText = prev ? `${prev.headline}\n\n${prev.body}` : "";
    return {
      number: v.number,
      createdIso: isoInZone(v.created, tz),
      createdDisplay: formatNewsTime(v.created, tz),
      headline: v.headline,
      bodyText: v.body,
      diff: prev ? lineDiff(prevText, text) : text.split("\n").map((t) => ({ op: "same" as const, text: t })),
    };
  });
}
