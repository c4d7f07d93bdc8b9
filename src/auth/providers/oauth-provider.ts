// What every OAuth 2.0 / OpenID Connect sign-in provider offers the sign-in service: the address of its
// authorization request (RFC 6749 §4.1.1) and the exchange of the returned code for the reader's identity
// (§4.1.3 and the provider's profile endpoint). Providers are plugins: each is built from its settings and
// exists only when they are configured (provider-registry.ts).

import type { OAuthClientConfig } from "../../config/auth.js";
import type { Clock } from "../../shared/clock.js";
import type { ProviderId, ReaderIdentity } from "../reader-identity.js";

export interface AuthorizeRequest {
  redirectUri: string;
  state: string;
  /** S256 challenge of the flow's verifier; used when the provider supports PKCE. */
  codeChallenge: string;
  /** OpenID Connect nonce (ignored by plain OAuth providers). */
  nonce: string;
}

export interface AuthorizeAddress {
  url: string;
  /** True when the request carried the PKCE challenge: the verifier must then go with the code. */
  pkce: boolean;
  /** True when the request carried the nonce: the id_token must then echo it. */
  nonce: boolean;
}

export interface CodeExchange {
  code: string;
  redirectUri: string;
  codeVerifier: string | null;
  nonce: string | null;
}

export interface OAuthProvider {
  id: ProviderId;
  /** Path segment(s) of its routes: /auth/<slug>/start, /auth/<slug>/callback. */
  slug: string;
  label: string;
  authorize(req: AuthorizeRequest): Promise<AuthorizeAddress>;
  /** Throws SignInRefusedError (the provider said no) or ProviderUnavailableError (it could not be asked). */
  exchange(ex: CodeExchange): Promise<ReaderIdentity>;
}

export interface ProviderContext {
  clock: Clock;
}

/** Builds a URL from a base (which may carry its own query) and parameters. */
export function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

export interface Endpoints {
  authorizeUrl: string;
  tokenUrl: string;
  profileUrl: string;
}

/** The provider's public endpoints, with any configured override (tests, proxies) taking their place. */
export function endpointsOf(defaults: Endpoints, cfg: OAuthClientConfig): Endpoints {
  return {
    authorizeUrl: cfg.authorizeUrl ?? defaults.authorizeUrl,
    tokenUrl: cfg.tokenUrl ?? defaults.tokenUrl,
    profileUrl: cfg.profileUrl ?? defaults.profileUrl,
  };
}
