// The channels' call to action ("Follow us on Telegram…"). A site component placed once per page by the page
// views (after the article, or in the listing header), never inside an article body, which the pipeline has
// already cleaned of the promotional lines channels append to every post.
import type { ChannelView } from "../view-models.js";
import type { UiText } from "./ui-words.js";

export function CallToAction({ channels, ui }: { channels: ChannelView[]; ui: UiText }) {
  const withCta = channels.filter((c): c is ChannelView & { cta: string } => Boolean(c.cta?.trim()));
  if (withCta.length === 0) return null;
  // dir="auto": the text is whatever the channel's editors wrote, in their language.
  const link = (c: ChannelView & { cta: string }) => (
    <a href={c.telegramUrl} rel="external" dir="auto">
      {c.cta}
    </a>
  );
  return (
    <aside class="cta" aria-label={ui.followOnTelegram}>
      {withCta.length === 1 ? (
        <p>{withCta.map(link)}</p>
      ) : (
        <ul>
          {withCta.map((c) => (
            <li>{link(c)}</li>
          ))}
        </ul>
      )}
    </aside>
  );
}
