// Editors sign in with a username and password; a session is a random token in the dl_admin cookie (its
// own cookie, apart from readers' sessions), valid for SESSION_IDLE_SECONDS between requests and at most
// SESSION_MAX_SECONDS in all.
import { createHash, randomBytes } from "node:crypto";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { EditorStore } from "../store/admin/editor-store.js";
import { LoginThrottle } from "./login-throttle.js";
import { hashPassword, passwordProblem, verifyPassword } from "./password.js";

export const ADMIN_COOKIE = "dl_admin";
export const SESSION_IDLE_SECONDS = 12 * 3600;
export const SESSION_MAX_SECONDS = 7 * 86_400;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_INTERVAL_SECONDS = 300;

export const USERNAME = /^[a-z0-9][a-z0-9_.-]{1,39}$/;

export interface Editor {
  id: number;
  username: string;
}

export type LoginResult =
  | { ok: true; token: string; editor: Editor }
  | { ok: false; reason: "throttled" | "invalid" };

const hashToken = (t: string) => createHash("sha256").update(t).digest("hex");

export class AdminAuth {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly editors: EditorStore,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    this.throttle = new LoginThrottle(clock);
  }

  async createEditor(username: string, password: string): Promise<Editor> {
    const name = username.trim().toLowerCase();
    if (!USERNAME.test(name)) throw new Error("the username must be 2-40 characters: a-z, 0-9, _ . -");
    const problem = passwordProblem(password);
    if (problem) throw new Error(problem);
    if (await this.editors.byUsername(name)) throw new Error(`an editor named "${name}" exists already`);
    const row = await this.editors.create(name, await hashPassword(password), this.clock.now());
    return { id: row.id, username: row.username };
  }

  async setPassword(username: string, password: string): Promise<void> {
    const row = await this.editors.byUsername(username.trim().toLowerCase());
    if (!row) throw new Error(`no editor named "${username}"`);
    const problem = passwordProblem(password);
    if (problem) throw new Error(problem);
    await this.editors.setPassword(row.id, await hashPassword(password));
  }

  async login(username: string, password: string, ip: string): Promise<LoginResult> {
    const name = username.trim().toLowerCase();
    const keys = [`ip:${ip}`, `user:${name}`];
    if (this.throttle.blocked(keys)) return { ok: false, reason: "throttled" };
    const row = USERNAME.test(name) ? await this.editors.byUsername(name) : undefined;
    const ok = await verifyPassword(row?.password_hash ?? null, password);
    if (!row || !ok) {
      this.throttle.fail(keys);
      this.log.warn("editor sign-in failed", { ip });
      return { ok: false, reason: "invalid" };
    }
    this.throttle.succeed(keys);
    const now = this.clock.now();
    const token = randomBytes(32).toString("base64url");
    await this.editors.endExpired(now);
    await this.editors.createSession(hashToken(token), row.id, now, now + SESSION_MAX_SECONDS);
    await this.editors.noteLogin(row.id, now);
    this.log.info("editor signed in", { editor: row.username });
    return { ok: true, token, editor: { id: row.id, username: row.username } };
  }

  /** The editor a session token belongs to, or null when it is unknown, expired or idle too long. */
  async session(token: string | undefined): Promise<Editor | null> {
    if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const now = this.clock.now();
    const hash = hashToken(token);
    const s = await this.editors.session(hash, now);
    if (!s) return null;
    if (now - s.lastSeen > SESSION_IDLE_SECONDS) {
      await this.editors.endSession(hash);
      return null;
    }
    if (now - s.lastSeen > TOUCH_INTERVAL_SECONDS) await this.editors.touchSession(hash, now);
    return { id: s.editorId, username: s.username };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.editors.endSession(hashToken(token));
  }
}
