// The contract between sign-in (src/auth/) and its users (comments): who a signed-in reader is.
// Reader sessions are separate from editor sessions (src/admin/).

/** Sign-in providers. OpenID Connect providers are configured by name, e.g. "oidc:google". */
export type ProviderId = "wordpress" | "x" | "facebook" | "telegram" | `oidc:${string}`;

export interface ReaderIdentity {
  provider: ProviderId;
  /** The provider's stable user id (never the display name). */
  subject: string;
  displayName: string;
  /** Profile page at the provider, if any (shown as the commenter's link). */
  profileUrl: string | null;
  avatarUrl: string | null;
  /** Only when the provider vouches for it. */
  email: string | null;
  emailVerified: boolean;
}

/** A provider shown on the comment form: only those with credentials configured. */
export interface SignInOption {
  id: ProviderId;
  /** "WordPress.com", "X", "Facebook", "Telegram", "Google" */
  label: string;
  /** Where the sign-in starts (GET), with the page to come back to. */
  startUrl(returnTo: string): string;
}

/** What comments need from sign-in. Implemented by src/auth/. */
export interface ReaderAuth {
  /** The reader signed in on this request, from its session cookie; null for guests. */
  currentReader(cookies: Record<string, string>): Promise<ReaderIdentity | null>;
  /** Configured providers, in display order. */
  options(): SignInOption[];
}
