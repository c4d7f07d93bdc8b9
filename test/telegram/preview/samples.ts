// Hand-written t.me markup for tests that must always run (the saved real pages live in ../shared).
// Shaped like the public preview's HTML: a history section of message wraps, each with a bubble and a footer.

export interface BlockSpec {
  channel?: string;
  id: number;
  /** ISO 8601 UTC */
  date: string;
  /** Markup placed inside the bubble before the footer. */
  body: string;
  /** Markup placed in the meta line before the date (signature, "edited"). */
  meta?: string;
  extraClass?: string;
}

export function messageBlock(spec: BlockSpec): string {
  const channel = spec.channel ?? "dateline_news";
  const classes = ["tgme_widget_message", "text_not_supported_wrap", spec.extraClass, "js-widget_message"]
    .filter(Boolean)
    .join(" ");
  return `<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="${classes}" data-post="${channel}/${spec.id}" data-view="x"><div class="tgme_widget_message_user"><a href="https://t.me/${channel}"><i class="tgme_widget_message_user_photo"></i></a></div><div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/${channel}"><span dir="auto">Dateline News</span></a></div>${spec.body}<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_views">1.2K</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta">${spec.meta ?? ""}<a class="tgme_widget_message_date" href="https://t.me/${channel}/${spec.id}"><time datetime="${spec.date}" class="time">12:00</time></a></span></div></div></div></div></div>`;
}

export function textBody(html: string): string {
  return `<div class="tgme_widget_message_text js-message_text" dir="auto">${html}</div>`;
}

export function channelPage(blocks: string[], header = defaultHeader): string {
  return `<!DOCTYPE html><html><head><meta property="og:title" content="Dateline News"><meta property="og:description" content="News from the newsroom"></head><body>${header}<section class="tgme_channel_history js-message_history"><div class="tme_messages_more_wrap"><a class="tme_messages_more js-messages_more" href="/s/dateline_news?before=1"></a></div>${blocks.join("\n")}</section></body></html>`;
}

const defaultHeader = `<div class="tgme_channel_info"><div class="tgme_channel_info_header"><div class="tgme_channel_info_header_title"><span dir="auto">Dateline News <i class="emoji" style="background-image:url('//telegram.org/img/emoji/40/F09F93B0.png')"><b>📰</b></i></span></div><div class="tgme_channel_info_header_username"><a href="https://t.me/dateline_news">@dateline_news</a></div></div><div class="tgme_channel_info_description">Local news<br/>every day</div></div>`;

/** t.me/<channel> of a channel whose preview is disabled: a contact page, no history section. */
export const unavailablePage = `<!DOCTYPE html><html><head><meta property="og:title" content="Closed Channel"></head><body><div class="tgme_page"><div class="tgme_page_title"><span dir="auto">Closed Channel</span></div><div class="tgme_page_extra">1 234 subscribers</div><a class="tgme_action_button_new" href="tg://resolve?domain=closed_channel">View in Telegram</a></div></body></html>`;

export const noPostsPage = `<html><body><main class="tgme_main"><section class="tgme_channel_history js-message_history"><div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message_centered"><div class="tme_no_messages_found">No posts found</div></div></div></section></main></body></html>`;

export function embedPage(block: string): string {
  return `<!DOCTYPE html><html><head><title>Telegram Widget</title></head><body class="body_widget_post emoji_image nodark">${block}</body></html>`;
}

export const embedNotFoundPage = `<!DOCTYPE html><html><body class="body_widget_post"><div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message"><div class="tgme_widget_message_bubble"><div class="tgme_widget_message_error">Post not found</div></div></div></div></body></html>`;

export function photoWrap(url: string, width: number, paddingTopPercent: number): string {
  return `<a class="tgme_widget_message_photo_wrap blured" href="https://t.me/dateline_news/1" style="width:${width}px;background-image:url('${url}')"><div class="tgme_widget_message_photo" style="padding-top:${paddingTopPercent}%"></div></a>`;
}

export interface AlbumItem {
  id: number;
  kind: "photo" | "video";
  url: string;
  ratio: number;
  width: number;
}

export function albumBody(items: AlbumItem[], captionHtml: string): string {
  const cells = items
    .map((item) =>
      item.kind === "photo"
        ? `<a class="tgme_widget_message_photo_wrap grouped_media_wrap blured js-message_photo" style="left:0px;top:0px;width:${item.width}px;height:100px;background-image:url('${item.url}')" data-ratio="${item.ratio}" href="https://t.me/dateline_news/${item.id}?single"><div class="grouped_media_helper"><div class="tgme_widget_message_photo grouped_media"></div></div></a>`
        : `<a class="tgme_widget_message_video_player grouped_media_wrap blured js-message_video_player" style="left:0px;top:0px;width:${item.width}px;height:100px;" data-ratio="${item.ratio}" href="https://t.me/dateline_news/${item.id}?single"><i class="tgme_widget_message_video_thumb" style="background-image:url('https://cdn.example/thumb${item.id}.jpg')"></i><div class="tgme_widget_message_video_wrap grouped_media js-message_video_wrap"><video src="${item.url}" class="tgme_widget_message_video js-message_video" width="100%" height="100%"></video></div><time class="message_video_duration js-message_video_duration">1:05</time></a>`,
    )
    .join("");
  return `<div class="tgme_widget_message_grouped_wrap js-message_grouped_wrap" style="width:453px;"><div class="tgme_widget_message_grouped js-message_grouped"><div class="tgme_widget_message_grouped_layer js-message_grouped_layer">${cells}</div></div></div>${textBody(captionHtml)}`;
}
