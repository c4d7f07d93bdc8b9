// What the comment routes are given by the site app.
import type { Comments } from "../../comments/index.js";
import type { Clock } from "../../shared/clock.js";
import type { SiteService } from "../../site/site-service.js";
import type { PageCache } from "../page-cache.js";

export interface CommentRouteDeps {
  comments: Comments;
  site: SiteService;
  cache: PageCache;
  clock: Clock;
  secret: string;
}
