// The site's secret for signing (CSRF tokens, session ids, login state). DATELINE_SECRET when set (needed
// when several instances serve one site); otherwise generated once and kept in the database's state table,
// so a fresh `npm start` works and restarts keep sessions valid.
import { randomBytes } from "node:crypto";

export interface SecretState {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

const KEY = "site_secret";

export async function loadSiteSecret(configured: string | undefined, state: SecretState): Promise<string> {
  if (configured) return configured;
  const stored = await state.get(KEY);
  if (stored) return stored;
  const fresh = randomBytes(32).toString("base64url");
  await state.set(KEY, fresh);
  return (await state.get(KEY)) ?? fresh;
}
