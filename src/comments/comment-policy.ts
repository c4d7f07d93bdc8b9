// The comment settings in force, read once from the configuration (DATELINE_COMMENTS_*).
import type { Config } from "../config/schema.js";
import type { ModerationPolicy } from "./moderation-policy.js";
import { loadWordList } from "./word-list.js";

export interface CommentPolicy extends ModerationPolicy {
  maxDepth: number;
  perPage: number;
  closeAfterDays: number;
  floodSeconds: number;
  minFillSeconds: number;
}

export function policyFromConfig(c: Config["comments"]): CommentPolicy {
  return {
    mode: c.moderation,
    maxLinks: c.maxLinks,
    moderationWords: loadWordList(c.moderationWordsFile, "DATELINE_MODERATION_WORDS_FILE"),
    disallowedWords: loadWordList(c.disallowedWordsFile, "DATELINE_DISALLOWED_WORDS_FILE"),
    maxDepth: c.maxDepth,
    perPage: c.perPage,
    closeAfterDays: c.closeAfterDays,
    floodSeconds: c.floodSeconds,
    minFillSeconds: c.minFillSeconds,
  };
}
