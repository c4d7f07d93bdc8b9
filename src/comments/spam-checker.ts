// An optional Akismet-compatible checker: POST application/x-www-form-urlencoded to the comment-check
// endpoint (https://akismet.com/developers/comment-check/); the body answers "true" (spam) or "false";
// "X-akismet-pro-tip: discard" marks spam so blatant it need not be kept. Anything else (an error, "invalid",
// a timeout) is "unavailable": the comment is then held for an editor rather than published unchecked.

export interface SpamCheckInput {
  blog: string;
  userIp: string;
  userAgent: string;
  referrer: string;
  permalink: string;
  commentType: "comment" | "reply";
  author: string;
  authorEmail: string;
  authorUrl: string;
  content: string;
  /** Unix seconds */
  date: number;
  articleModified: number;
  language: string;
}

export type SpamVerdict = "spam" | "discard" | "ham" | "unavailable";

export interface SpamChecker {
  check(input: SpamCheckInput): Promise<SpamVerdict>;
}

export const TIMEOUT_MS = 5000;

const iso = (t: number) => new Date(t * 1000).toISOString();

export function akismetChecker(endpoint: string, apiKey: string, timeoutMs = TIMEOUT_MS): SpamChecker {
  return {
    async check(c) {
      const body = new URLSearchParams({
        api_key: apiKey,
        blog: c.blog,
        user_ip: c.userIp,
        user_agent: c.userAgent,
        referrer: c.referrer,
        permalink: c.permalink,
        comment_type: c.commentType,
        comment_author: c.author,
        comment_author_email: c.authorEmail,
        comment_author_url: c.authorUrl,
        comment_content: c.content,
        comment_date_gmt: iso(c.date),
        comment_post_modified_gmt: iso(c.articleModified),
        blog_lang: c.language,
        blog_charset: "UTF-8",
      });
      try {
        const res = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
          body,
          signal: AbortSignal.timeout(timeoutMs),
          redirect: "error",
        });
        const text = (await res.text()).trim();
        if (!res.ok) return "unavailable";
        if (text === "true") return res.headers.get("x-akismet-pro-tip") === "discard" ? "discard" : "spam";
        if (text === "false") return "ham";
        return "unavailable";
      } catch {
        return "unavailable";
      }
    },
  };
}
