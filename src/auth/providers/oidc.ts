// Any OpenID Connect provider named in the configuration (OpenID Connect Core 1.0, Authorization Code
// Flow). Endpoints come from discovery. The request carries a nonce, and PKCE (RFC 7636, S256) when the
// provider advertises it. The id_token is verified as Core §3.1.3.7 asks: signature against the provider's
// JWKS (jose), iss equal to the discovered issuer, aud containing our client id (and azp equal to it when
// there are several audiences), exp in the future, and the nonce we sent. Profile claims come from the
// id_token, completed by the UserInfo endpoint when there is one, whose sub must match (Core §5.3.2).
import { createRemoteJWKSet, type JWTPayload, errors as joseErrors, jwtVerify } from "jose";
import { z } from "zod";
import type { OidcProviderConfig } from "../../config/auth.js";
import type { Clock } from "../../shared/clock.js";
import { ProviderUnavailableError, SignInRefusedError } from "../errors.js";
import { cleanName, httpsUrlOrNull } from "../profile-url.js";
import { basicAuth, type ProviderRequest, providerJson } from "../provider-http.js";
import type { ReaderIdentity } from "../reader-identity.js";
import {
  type AuthorizeAddress,
  type AuthorizeRequest,
  type CodeExchange,
  type OAuthProvider,
  type ProviderContext,
  withQuery,
} from "./oauth-provider.js";
import { type Discovery, DiscoveryCache } from "./oidc-discovery.js";

/** Seconds of clock difference tolerated on exp/iat/nbf. */
const CLOCK_TOLERANCE = 60;

const tokenSchema = z.object({
  id_token: z.string().min(1),
  access_token: z.string().min(1),
  token_type: z.string().optional(),
});

const claimsSchema = z.looseObject({
  sub: z.string().min(1).max(255),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
  nickname: z.string().optional(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  profile: z.string().optional(),
  picture: z.string().optional(),
  email: z.string().optional(),
  email_verified: z.union([z.boolean(), z.enum(["true", "false"])]).optional(),
});
type Claims = z.infer<typeof claimsSchema>;

/** JWKS problems that mean "could not get the keys", as opposed to "the token is wrong". */
const UNAVAILABLE_CODES = new Set(["ERR_JWKS_TIMEOUT", "ERR_JOSE_GENERIC", "ERR_JWKS_INVALID"]);

export function oidcLabel(cfg: OidcProviderConfig): string {
  return cfg.label ?? cfg.name.charAt(0).toUpperCase() + cfg.name.slice(1);
}

export function oidcProvider(cfg: OidcProviderConfig, ctx: ProviderContext): OAuthProvider {
  const label = oidcLabel(cfg);
  const discovery = new DiscoveryCache(label, cfg.issuer, ctx.clock);
  const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  const keysOf = (doc: Discovery) => {
    let set = keySets.get(doc.jwks_uri);
    if (!set) {
      set = createRemoteJWKSet(new URL(doc.jwks_uri), { timeoutDuration: 10_000 });
      keySets.set(doc.jwks_uri, set);
    }
    return set;
  };
  const verifier: IdTokenVerifier = { label, clientId: cfg.clientId, clock: ctx.clock, keysOf };

  return {
    id: `oidc:${cfg.name}`,
    slug: `oidc/${cfg.name}`,
    label,
    async authorize(req) {
      return authorizeAddress(cfg, await discovery.get(), req);
    },
    async exchange(ex) {
      const doc = await discovery.get();
      const token = await providerJson(label, doc.token_endpoint, tokenRequest(cfg, doc, ex), tokenSchema);
      const payload = await verifyIdToken(verifier, doc, token.id_token, ex.nonce);
      const claims = await withUserInfo(label, doc, token.access_token, parseClaims(label, payload));
      return toIdentity(`oidc:${cfg.name}`, label, claims);
    },
  };
}

/** The authorization request, with PKCE when the provider advertises S256. */
function authorizeAddress(cfg: OidcProviderConfig, doc: Discovery, req: AuthorizeRequest): AuthorizeAddress {
  const pkce = doc.code_challenge_methods_supported?.includes("S256") === true;
  const params: Record<string, string> = {
    response_type: "code",
    client_id: cfg.clientId,
    redirect_uri: req.redirectUri,
    scope: "openid profile email",
    state: req.state,
    nonce: req.nonce,
  };
  if (pkce) {
    params.code_challenge = req.codeChallenge;
    params.code_challenge_method = "S256";
  }
  return { url: withQuery(doc.authorization_endpoint, params), pkce, nonce: true };
}

/** The token request for a code, authenticated as the provider accepts. */
function tokenRequest(cfg: OidcProviderConfig, doc: Discovery, ex: CodeExchange): ProviderRequest {
  const form: Record<string, string> = {
    grant_type: "authorization_code",
    code: ex.code,
    redirect_uri: ex.redirectUri,
  };
  if (ex.codeVerifier) form.code_verifier = ex.codeVerifier;
  const headers: Record<string, string> = {};
  // client_secret_basic is the default when the provider lists no methods (Discovery §3).
  const methods = doc.token_endpoint_auth_methods_supported ?? ["client_secret_basic"];
  if (methods.includes("client_secret_basic")) {
    headers.authorization = basicAuth(cfg.clientId, cfg.clientSecret);
  } else {
    form.client_id = cfg.clientId;
    form.client_secret = cfg.clientSecret;
  }
  return { headers, form };
}

interface IdTokenVerifier {
  label: string;
  clientId: string;
  clock: Clock;
  keysOf: (doc: Discovery) => ReturnType<typeof createRemoteJWKSet>;
}

async function verifyIdToken(
  v: IdTokenVerifier,
  doc: Discovery,
  idToken: string,
  nonce: string | null,
): Promise<JWTPayload> {
  const { label } = v;
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, v.keysOf(doc), {
      issuer: doc.issuer,
      audience: v.clientId,
      algorithms: doc.id_token_signing_alg_values_supported?.filter((a) => a !== "none") ?? ["RS256"],
      requiredClaims: ["sub", "exp", "iat"],
      currentDate: new Date(v.clock.now() * 1000),
      clockTolerance: CLOCK_TOLERANCE,
    }));
  } catch (e) {
    if (e instanceof joseErrors.JOSEError && !UNAVAILABLE_CODES.has(e.code)) {
      const why =
        e instanceof joseErrors.JWTExpired
          ? "the identity token has expired"
          : "the identity token did not verify";
      throw new SignInRefusedError(label, why, { cause: e });
    }
    throw new ProviderUnavailableError(label, `${label}'s signing keys could not be fetched`, { cause: e });
  }
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== v.clientId) {
    throw new SignInRefusedError(label, "the identity token was issued to another party");
  }
  if (nonce === null || payload.nonce !== nonce) {
    throw new SignInRefusedError(label, "the identity token does not belong to this sign-in");
  }
  return payload;
}

/** The id_token's claims completed by the UserInfo endpoint, when there is one (its sub must match). */
async function withUserInfo(
  label: string,
  doc: Discovery,
  accessToken: string,
  claims: Claims,
): Promise<Claims> {
  if (!doc.userinfo_endpoint) return claims;
  const info = parseClaims(
    label,
    await providerJson(label, doc.userinfo_endpoint, { bearer: accessToken }, z.unknown()),
  );
  if (info.sub !== claims.sub) throw new SignInRefusedError(label, "the profile belongs to another account");
  return { ...claims, ...info };
}

function parseClaims(label: string, value: unknown): Claims {
  const parsed = claimsSchema.safeParse(value);
  if (!parsed.success) throw new ProviderUnavailableError(label, `${label} gave a profile we could not read`);
  return parsed.data;
}

function toIdentity(provider: `oidc:${string}`, label: string, c: Claims): ReaderIdentity {
  const fullName = [c.given_name, c.family_name].filter(Boolean).join(" ");
  const name = cleanName(c.name, fullName, c.preferred_username, c.nickname);
  if (!name) throw new SignInRefusedError(label, "the account has no name to show");
  const verified = (c.email_verified === true || c.email_verified === "true") && !!c.email?.includes("@");
  return {
    provider,
    subject: c.sub,
    displayName: name,
    profileUrl: httpsUrlOrNull(c.profile),
    avatarUrl: httpsUrlOrNull(c.picture),
    email: verified ? c.email! : null,
    emailVerified: verified,
  };
}
