// One media item of an article: photo, video, audio, file, or a pointer to Telegram for what is not stored here.
import type { MediaView } from "../view-models.js";
import type { UiText } from "./ui-words.js";

interface MediaBlockProps {
  media: MediaView;
  ui: UiText;
  /** `sizes` for images; see media-sizes.ts. */
  sizes: string;
  /** The lead image loads eagerly and first (it is likely the largest paint); the rest wait for scrolling. */
  eager: boolean;
  /** Where to send readers for media not stored here when the media itself names no place (the post). */
  postUrl: string | null;
}

export function MediaBlock({ media, ui, sizes, eager, postUrl }: MediaBlockProps) {
  switch (media.kind) {
    case "image":
      return (
        <figure class="media media-image">
          <ResponsiveImage media={media} sizes={sizes} load={eager ? "lead" : "lazy"} />
        </figure>
      );
    case "video":
      return (
        <figure class="media media-video">
          {/* preload="metadata": duration and first frame without downloading the file. */}
          {/* biome-ignore lint/a11y/useMediaCaption: Telegram posts carry no caption tracks; there is nothing to link. */}
          <video
            controls
            playsinline
            preload="metadata"
            src={media.src}
            poster={media.poster}
            width={media.width}
            height={media.height}
          />
          <figcaption>
            <DownloadLink media={media} ui={ui} />
          </figcaption>
        </figure>
      );
    case "audio":
      return (
        <figure class="media media-audio">
          {/* biome-ignore lint/a11y/useMediaCaption: Telegram posts carry no caption tracks; there is nothing to link. */}
          <audio controls preload="metadata" src={media.src} />
          <figcaption>
            <DownloadLink media={media} ui={ui} />
          </figcaption>
        </figure>
      );
    case "file":
      return (
        <p class="media media-file">
          <DownloadLink media={media} ui={ui} />
        </p>
      );
    case "unavailable":
      return <UnavailableMedia href={media.telegramUrl ?? postUrl} ui={ui} />;
  }
}

/**
 * alt="": Telegram media carry no description, and naming them "photo" tells a listener nothing; an empty alt
 * at least keeps screen readers from spelling out the file name. width/height reserve the space (no layout
 * shift); srcset/sizes let phones fetch a small rendition.
 */
export function ResponsiveImage({
  media,
  sizes,
  load,
  class: className,
}: {
  media: MediaView;
  sizes: string;
  /** "lead": the page's main image, fetched eagerly at high priority; "eager": above the fold but minor. */
  load: "lead" | "eager" | "lazy";
  class?: string;
}) {
  return (
    <img
      class={className}
      src={media.src}
      srcset={media.srcset}
      sizes={media.srcset ? sizes : undefined}
      width={media.width}
      height={media.height}
      alt=""
      loading={load === "lazy" ? "lazy" : undefined}
      decoding={load === "lazy" ? "async" : undefined}
      fetchpriority={load === "lead" ? "high" : undefined}
    />
  );
}

function DownloadLink({ media, ui }: { media: MediaView; ui: UiText }) {
  const name = media.fileName ?? fileNameOf(media.src);
  return (
    <a href={media.src} download={media.fileName ?? true} type={media.mimeType}>
      {ui.download}: <bdi>{name}</bdi>
    </a>
  );
}

function UnavailableMedia({ href, ui }: { href: string | null; ui: UiText }) {
  return (
    <p class="media media-unavailable media-note">
      {href ? (
        <a href={href} rel="external">
          {ui.mediaOnTelegram}
        </a>
      ) : (
        ui.mediaMissing
      )}
    </p>
  );
}

/** Last path segment, decoded for display ("/media/ab/report%20Q1.pdf" → "report Q1.pdf"). */
function fileNameOf(src: string): string {
  const last = src.split(/[?#]/, 1)[0]?.split("/").pop() ?? "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
