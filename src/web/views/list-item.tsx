// One entry of a listing: headline link, time, dateline, summary, thumbnail. Each item carries its own
// lang/dir because a listing mixes languages (an Arabic post between two English ones).

import type { ListItemView } from "../view-models.js";
import { DatelineInline } from "./dateline.js";
import { InLanguage } from "./in-language.js";
import { ResponsiveImage } from "./media-block.js";
import { THUMB_IMAGE_SIZES } from "./media-sizes.js";
import { TimeStamp } from "./time-stamp.js";

interface ListItemProps {
  item: ListItemView;
  /** Name the channel only where there is more than one to tell apart. */
  showChannel: boolean;
  eagerImage: boolean;
}

export function ListItem({ item, showChannel, eagerImage }: ListItemProps) {
  const thumb = item.image?.kind === "image" && item.image.src ? item.image : null;
  return (
    <li lang={item.language} dir={item.direction}>
      <div class="item-text">
        {/* The whole item is clickable through a CSS overlay on this link (.item-title a::after), so the
            thumbnail needs no second link and keyboard users meet one tab stop per item. */}
        <h2 class="item-title">
          <a href={item.url}>{item.headline}</a>
        </h2>
        <p class="item-meta">
          <TimeStamp iso={item.publishedIso} display={item.publishedDisplay} />
          {showChannel ? (
            <>
              {" · "}
              <span dir="auto">{item.channelTitle}</span>
            </>
          ) : null}
          {item.comments ? (
            <>
              {" · "}
              <span class="item-comments">
                <InLanguage text={item.comments} outer={{ lang: item.language, dir: item.direction }}>
                  {item.comments.label}
                </InLanguage>
              </span>
            </>
          ) : null}
        </p>
        <p class="item-summary">
          {item.dateline ? (
            <>
              <DatelineInline dateline={item.dateline} />{" "}
            </>
          ) : null}
          {item.summary}
        </p>
      </div>
      {thumb ? (
        <ResponsiveImage
          class="thumb"
          media={thumb}
          sizes={THUMB_IMAGE_SIZES}
          load={eagerImage ? "eager" : "lazy"}
        />
      ) : null}
    </li>
  );
}
