// Editors and their sign-in, assembled once by the composition root.
import type { Db } from "../db/connect.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { AdminAuth } from "./admin-auth.js";
import { EditorStore } from "../store/admin/editor-store.js";

export interface Admin {
  auth: AdminAuth;
  editors: EditorStore;
}

export function createAdmin(d: { db: Db; clock: Clock; log: Logger }): Admin {
  const editors = new EditorStore(d.db);
  return { editors, auth: new AdminAuth(editors, d.clock, d.log.child({ module: "admin" })) };
}
