// Editors' passwords: argon2id (RFC 9106) with the argon2 package's defaults (64 MiB, 3 passes, 4 lanes),
// above OWASP's minimum. Unknown usernames are verified against a dummy hash so both answers take as long.
import argon2 from "argon2";

export const MIN_PASSWORD_LENGTH = 12;
/** argon2 takes any length; this bounds the work an attacker can ask for. */
export const MAX_PASSWORD_LENGTH = 1024;

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `the password must have at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `the password must have at most ${MAX_PASSWORD_LENGTH} characters`;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

let dummy: Promise<string> | null = null;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  dummy ??= hashPassword("not the password of anyone at all");
  try {
    const ok = await argon2.verify(hash ?? (await dummy), password);
    return hash !== null && ok;
  } catch {
    return false;
  }
}
