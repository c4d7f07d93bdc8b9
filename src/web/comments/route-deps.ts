// What the comment routes are given by the site app.
import type { Comments } from "../../comments/index.js";
import type { Clock } from "../../shared/clock.js";
import type { PageCache } from "../page-cache.js";
import type { SitePages } from "../pages/site-pages.js";

export interface CommentRouteDeps {
  comments: Comments;
  site: SitePages;
  cache: PageCache;
  clock: Clock;
  secret: string;
}
