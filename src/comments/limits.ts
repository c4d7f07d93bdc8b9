// The named limits of reader comments. Field lengths are WordPress's (wp_get_comment_fields_max_lengths():
// author 245, email 100, url 200, content 65525), checked on the raw input before anything else runs.

export const MAX_NAME_LENGTH = 245;
export const MAX_EMAIL_LENGTH = 100;
export const MAX_URL_LENGTH = 200;
export const MAX_BODY_LENGTH = 65_525;
/** A whole form post: the fields above with room for encoding overhead. Larger requests are cut off unread. */
export const MAX_FORM_BYTES = 256 * 1024;

/** WordPress's thread_comments_depth default, and its ceiling. */
export const DEFAULT_MAX_DEPTH = 5;
export const MAX_DEPTH_CEILING = 10;

/** A signed form stamp older than this is stale: the reader confirms again (nothing typed is lost). */
export const MAX_FORM_AGE_SECONDS = 24 * 3600;

/** Own comments remembered in the browser's dl_mine cookie (to show them while awaiting moderation). */
export const MAX_OWN_COMMENTS = 20;

/** Emailed proof links: valid for two days; one new link per address per ten minutes. */
export const EMAIL_TOKEN_TTL_SECONDS = 2 * 24 * 3600;
export const EMAIL_TOKEN_INTERVAL_SECONDS = 600;

/** Comments in the per-article feed. */
export const FEED_SIZE = 50;

/** Rows per page in the moderation queue. */
export const QUEUE_PAGE_SIZE = 50;
