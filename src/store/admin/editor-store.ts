// Editors and their sessions. A session's token lives only in the editor's dl_admin cookie; the table keeps
// its SHA-256.
import { type Db, openDatabase } from "../../db/connect.js";
import type { EditorRow } from "../../db/tables/index.js";

export class EditorStore {
  constructor(private readonly db: Db) {}

  async create(username: string, passwordHash: string, now: number): Promise<EditorRow> {
    return this.db.kysely
      .insertInto("editors")
      .values({ username, password_hash: passwordHash, created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async byUsername(username: string): Promise<EditorRow | undefined> {
    return this.db.kysely
      .selectFrom("editors")
      .selectAll()
      .where("username", "=", username)
      .executeTakeFirst();
  }

  async list(): Promise<EditorRow[]> {
    return this.db.kysely.selectFrom("editors").selectAll().orderBy("username").execute();
  }

  async setPassword(id: number, passwordHash: string): Promise<void> {
    await this.db.kysely.transaction().execute(async (tx) => {
      await tx.updateTable("editors").set({ password_hash: passwordHash }).where("id", "=", id).execute();
      // A new password ends every session of the old one.
      await tx.deleteFrom("editor_sessions").where("editor_id", "=", id).execute();
    });
  }

  async noteLogin(id: number, now: number): Promise<void> {
    await this.db.kysely.updateTable("editors").set({ last_login_at: now }).where("id", "=", id).execute();
  }

  async createSession(tokenHash: string, editorId: number, now: number, expiresAt: number): Promise<void> {
    await this.db.kysely
      .insertInto("editor_sessions")
      .values({
        token_hash: tokenHash,
        editor_id: editorId,
        created_at: now,
        expires_at: expiresAt,
        last_seen_at: now,
      })
      .execute();
  }

  async session(
    tokenHash: string,
    now: number,
  ): Promise<{ editorId: number; username: string; lastSeen: number } | null> {
    const row = await this.db.kysely
      .selectFrom("editor_sessions")
      .innerJoin("editors", "editors.id", "editor_sessions.editor_id")
      .select([
        "editors.id",
        "editors.username",
        "editor_sessions.expires_at",
        "editor_sessions.last_seen_at",
      ])
      .where("editor_sessions.token_hash", "=", tokenHash)
      .executeTakeFirst();
    if (!row || row.expires_at <= now) return null;
    return { editorId: row.id, username: row.username, lastSeen: row.last_seen_at };
  }

  async touchSession(tokenHash: string, now: number): Promise<void> {
    await this.db.kysely
      .updateTable("editor_sessions")
      .set({ last_seen_at: now })
      .where("token_hash", "=", tokenHash)
      .execute();
  }

  async endSession(tokenHash: string): Promise<void> {
    await this.db.kysely.deleteFrom("editor_sessions").where("token_hash", "=", tokenHash).execute();
  }

  async endExpired(now: number): Promise<void> {
    await this.db.kysely.deleteFrom("editor_sessions").where("expires_at", "<=", now).execute();
  }
}

/** An editor store on a connection of its own, for a one-off command (`dateline admin`); close() ends it. */
export async function openEditorStore(
  database: string,
): Promise<{ editors: EditorStore; close: () => Promise<void> }> {
  const db = await openDatabase(database);
  return { editors: new EditorStore(db), close: () => db.close() };
}
