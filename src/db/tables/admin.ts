// Table types of editors and their sessions (created by migration 0004-comments, which brought the admin).
import type { Generated, Selectable } from "kysely";

export interface EditorTable {
  id: Generated<number>;
  username: string;
  /** argon2id PHC string */
  password_hash: string;
  created_at: number;
  last_login_at: number | null;
}

export interface EditorSessionTable {
  /** SHA-256 of the session token: a leaked database does not hand out sessions. */
  token_hash: string;
  editor_id: number;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
}

export interface AdminTables {
  editors: EditorTable;
  editor_sessions: EditorSessionTable;
}

export type EditorRow = Selectable<EditorTable>;
