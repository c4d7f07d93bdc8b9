// X (Twitter), through OAuth 2.0 Authorization Code Flow with PKCE (docs.x.com, "OAuth 2.0 Authorization
// Code Flow with PKCE"): PKCE is required; Dateline is a confidential client, so the token request
// authenticates with HTTP Basic (client id and secret), as X documents for confidential clients. The
// profile is GET /2/users/me, which needs the users.read and tweet.read scopes.
import { z } from "zod";
import type { OAuthClientConfig } from "../../config/auth.js";
import { SignInRefusedError } from "../errors.js";
import { cleanName, httpsUrlOrNull } from "../profile-url.js";
import { basicAuth, oauthErrorCode, providerJson, type RefusalReader, safeCode } from "../provider-http.js";
import type { ReaderIdentity } from "../reader-identity.js";
import { type Endpoints, endpointsOf, type OAuthProvider, withQuery } from "./oauth-provider.js";

const LABEL = "X";
const ENDPOINTS: Endpoints = {
  authorizeUrl: "https://x.com/i/oauth2/authorize",
  tokenUrl: "https://api.x.com/2/oauth2/token",
  profileUrl: "https://api.x.com/2/users/me",
};

const tokenSchema = z.object({ access_token: z.string().min(1), token_type: z.string().optional() });

const meSchema = z.object({
  data: z.object({
    id: z.string().regex(/^\d+$/),
    name: z.string().optional(),
    username: z.string().regex(/^[A-Za-z0-9_]{1,50}$/),
    profile_image_url: z.string().optional(),
  }),
});

/** X API v2 errors are {title, detail, type, status}; its OAuth endpoint answers RFC 6749 errors. */
const xRefusal: RefusalReader = (status, body) => {
  const oauth = oauthErrorCode(status, body);
  if (oauth) return oauth;
  if (body && typeof body === "object" && "title" in body && typeof body.title === "string") {
    return safeCode(body.title);
  }
  return null;
};

export function xProvider(cfg: OAuthClientConfig): OAuthProvider {
  const urls = endpointsOf(ENDPOINTS, cfg);
  return {
    id: "x",
    slug: "x",
    label: LABEL,
    async authorize(req) {
      const url = withQuery(urls.authorizeUrl, {
        response_type: "code",
        client_id: cfg.clientId,
        redirect_uri: req.redirectUri,
        scope: "users.read tweet.read",
        state: req.state,
        code_challenge: req.codeChallenge,
        code_challenge_method: "S256",
      });
      return { url, pkce: true, nonce: false };
    },
    async exchange(ex) {
      if (!ex.codeVerifier) throw new SignInRefusedError(LABEL, "the sign-in was started without PKCE");
      const token = await providerJson(
        LABEL,
        urls.tokenUrl,
        {
          headers: { authorization: basicAuth(cfg.clientId, cfg.clientSecret) },
          form: {
            code: ex.code,
            grant_type: "authorization_code",
            redirect_uri: ex.redirectUri,
            code_verifier: ex.codeVerifier,
          },
        },
        tokenSchema,
        xRefusal,
      );
      const profileUrl = withQuery(urls.profileUrl, { "user.fields": "profile_image_url" });
      const me = await providerJson(LABEL, profileUrl, { bearer: token.access_token }, meSchema, xRefusal);
      const user = me.data;
      const identity: ReaderIdentity = {
        provider: "x",
        subject: user.id,
        displayName: cleanName(user.name, user.username) ?? user.username,
        profileUrl: `https://x.com/${user.username}`,
        avatarUrl: httpsUrlOrNull(user.profile_image_url),
        email: null,
        emailVerified: false,
      };
      return identity;
    },
  };
}
