// ReaderIdentity as a zod schema: what a session row's JSON must parse back to. A row that no longer parses
// (a hand-edited database, a future field renamed) is treated as no session, never trusted as is.
import { z } from "zod";
import type { ProviderId, ReaderIdentity } from "./reader-identity.js";

const providerId = z.custom<ProviderId>(
  (v) => typeof v === "string" && /^(wordpress|x|facebook|telegram|oidc:[a-z0-9][a-z0-9-]{0,31})$/.test(v),
  { message: "unknown sign-in provider" },
);

export const readerIdentitySchema: z.ZodType<ReaderIdentity> = z.object({
  provider: providerId,
  subject: z.string().min(1).max(255),
  displayName: z.string().min(1).max(255),
  profileUrl: z.string().max(2000).nullable(),
  avatarUrl: z.string().max(2000).nullable(),
  email: z.string().max(320).nullable(),
  emailVerified: z.boolean(),
});

/** A stored identity read back (the reader-session store's parse): null when it no longer fits. */
export function parseReaderIdentity(json: unknown): ReaderIdentity | null {
  const parsed = readerIdentitySchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
