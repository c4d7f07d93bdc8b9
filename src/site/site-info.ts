// What every feature may know of the site as a whole: its name, address, language and zone. Features use
// it (feeds, sitemaps, mail); web/ turns it into the masthead's view model.
import type { Direction } from "../articles/types.js";

export interface SiteInfo {
  title: string;
  /** Absolute base URL without trailing slash, e.g. "https://news.example.org". */
  baseUrl: string;
  /** The site's language: its first channel's, "en" when unknown. */
  language: string;
  direction: Direction;
  /** The zone of the site's archives. */
  timezone: string;
}

/** Reads the site's facts afresh (a channel's settings may change while serving). */
export type SiteInfoSource = () => Promise<SiteInfo>;
