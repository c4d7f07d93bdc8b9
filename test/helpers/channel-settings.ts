// A channel's settings as the import's preparation takes them (ingest tests).
import type { ChannelSettings } from "../../src/articles/types.js";

/** An Arabic channel in Baghdad's zone, with no promotion lines configured or learnt yet. */
export const TIGRIS_SETTINGS: ChannelSettings = {
  username: "tigris",
  title: "Tigris News",
  timezone: "Asia/Baghdad",
  language: "ar",
  cta: null,
  stripPatterns: [],
  detectedPromoLines: [],
};
