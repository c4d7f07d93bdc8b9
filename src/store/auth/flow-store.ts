// Sign-ins in progress. A flow is created when the reader starts and consumed — deleted and returned in one
// statement — when the provider sends them back, so each flow, with its state, PKCE verifier and nonce, is
// used at most once however often the callback is replayed.
import type { Db } from "../../db/connect.js";
import type { ReaderSignInFlowRow } from "../../db/tables/index.js";
import type { Clock } from "../../shared/clock.js";
import { randomId, sha256Hex } from "../../shared/opaque-id.js";

export interface NewFlow {
  provider: string;
  state: string;
  codeVerifier: string | null;
  nonce: string | null;
  returnTo: string;
  popup: boolean;
}

export type Flow = NewFlow & { expiresAt: number };

export class SignInFlowStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Stores the flow; returns its id (for the browser's cookie only). */
  async create(flow: NewFlow, lifetimeSeconds: number): Promise<string> {
    const id = randomId();
    const now = this.clock.now();
    await this.db.kysely.deleteFrom("reader_sign_in_flows").where("expires_at", "<=", now).execute();
    await this.db.kysely
      .insertInto("reader_sign_in_flows")
      .values({
        id_hash: sha256Hex(id),
        provider: flow.provider,
        state: flow.state,
        code_verifier: flow.codeVerifier,
        nonce: flow.nonce,
        return_to: flow.returnTo,
        popup: flow.popup ? 1 : 0,
        expires_at: now + lifetimeSeconds,
      })
      .execute();
    return id;
  }

  /** Deletes the flow and returns it if it existed and has not expired; null otherwise (unknown or used). */
  async consume(id: string): Promise<Flow | null> {
    const row = await this.db.kysely
      .deleteFrom("reader_sign_in_flows")
      .where("id_hash", "=", sha256Hex(id))
      .returningAll()
      .executeTakeFirst();
    if (!row || row.expires_at <= this.clock.now()) return null;
    return toFlow(row);
  }

  async count(): Promise<number> {
    const row = await this.db.kysely
      .selectFrom("reader_sign_in_flows")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

function toFlow(row: ReaderSignInFlowRow): Flow {
  return {
    provider: row.provider,
    state: row.state,
    codeVerifier: row.code_verifier,
    nonce: row.nonce,
    returnTo: row.return_to,
    popup: row.popup === 1,
    expiresAt: row.expires_at,
  };
}
