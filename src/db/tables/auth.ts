// Tables of reader sign-in (migration 0005). Times are Unix seconds. Ids are stored only as SHA-256 hex.
import type { Selectable } from "kysely";

export interface ReaderSessionTable {
  /** sha256 of the session id in the reader's dl_reader cookie. */
  id_hash: string;
  provider: string;
  subject: string;
  /** JSON of the ReaderIdentity. */
  identity: string;
  created_at: number;
  expires_at: number;
}

/** A sign-in in progress: what the callback must match (state, PKCE verifier, nonce) and where to go next. */
export interface ReaderSignInFlowTable {
  /** sha256 of the flow id in the browser's dl_signin cookie. */
  id_hash: string;
  provider: string;
  state: string;
  code_verifier: string | null;
  nonce: string | null;
  return_to: string;
  /** 1 when the sign-in runs in a popup window. */
  popup: number;
  expires_at: number;
}

/** Things that may be used once (authorization codes, Telegram logins), remembered until they expire. */
export interface ReaderSignInUsedTable {
  key_hash: string;
  expires_at: number;
}

export interface AuthTables {
  reader_sessions: ReaderSessionTable;
  reader_sign_in_flows: ReaderSignInFlowTable;
  reader_sign_in_used: ReaderSignInUsedTable;
}

export type ReaderSessionRow = Selectable<ReaderSessionTable>;
export type ReaderSignInFlowRow = Selectable<ReaderSignInFlowTable>;
