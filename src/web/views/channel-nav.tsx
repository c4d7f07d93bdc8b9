// Navigation between channels, for sites that aggregate several; a one-channel site needs none.

import type { ChannelView } from "../view-models.js";
import { channelHref } from "./channel-link.js";
import type { UiText } from "./ui-words.js";

export function ChannelNav({ channels, ui }: { channels: ChannelView[]; ui: UiText }) {
  if (channels.length < 2) return null;
  return (
    <nav class="channels" aria-label={ui.channels}>
      <ul>
        {channels.map((c) => (
          // dir="auto": channel titles may be in any script, whatever the site's language.
          <li>
            <a href={channelHref(c)} dir="auto">
              {c.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
