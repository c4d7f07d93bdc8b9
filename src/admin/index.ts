// Editors: their sign-in at /admin and the "Editions" desk, assembled once by the composition root.
import { urlPathOf } from "../articles/permalink.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { EditorStore } from "../store/admin/editor-store.js";
import type { ArticleStore } from "../store/articles.js";
import type { Translation } from "../translation/index.js";
import { AdminAuth } from "./admin-auth.js";
import { EditionDesk } from "./edition-desk.js";

export {
  ADMIN_COOKIE,
  AdminAuth,
  type Editor,
  type LoginResult,
  SESSION_MAX_SECONDS,
} from "./admin-auth.js";
export type {
  ArticleEditions,
  DeskEdition,
  DeskReview,
  DeskUnit,
  EditionDesk,
  EditionState,
  EditionSummary,
} from "./edition-desk.js";
export { isEditionLanguage } from "./edition-desk.js";

export interface Admin {
  auth: AdminAuth;
  editors: EditorStore;
  /** What the editors' "Editions" pages read and do. */
  desk: EditionDesk;
}

export interface AdminDeps {
  editors: EditorStore;
  clock: Clock;
  log: Logger;
  translation: Translation;
  articles: ArticleStore;
}

export function createAdmin(d: AdminDeps): Admin {
  return {
    editors: d.editors,
    auth: new AdminAuth(d.editors, d.clock, d.log.child({ module: "admin" })),
    desk: new EditionDesk({ translation: d.translation, articles: d.articles, articleUrl: urlPathOf }),
  };
}
