// WordPress.com, through its OAuth2 server (developer.wordpress.com/docs/oauth2/): the code flow with the
// "auth" scope, which grants only the /me endpoint; the token request carries the client secret in the
// form body as WordPress.com documents it. No PKCE on these endpoints.
import { z } from "zod";
import type { OAuthClientConfig } from "../../config/auth.js";
import { SignInRefusedError } from "../errors.js";
import { cleanName, httpsUrlOrNull } from "../profile-url.js";
import { providerJson } from "../provider-http.js";
import type { ReaderIdentity } from "../reader-identity.js";
import { type Endpoints, endpointsOf, type OAuthProvider, withQuery } from "./oauth-provider.js";

const LABEL = "WordPress.com";
const ENDPOINTS: Endpoints = {
  authorizeUrl: "https://public-api.wordpress.com/oauth2/authorize",
  tokenUrl: "https://public-api.wordpress.com/oauth2/token",
  profileUrl: "https://public-api.wordpress.com/rest/v1/me",
};

const tokenSchema = z.object({ access_token: z.string().min(1), token_type: z.string().optional() });

const meSchema = z.object({
  ID: z.union([z.number().int(), z.string().regex(/^\d+$/)]),
  username: z.string().optional(),
  display_name: z.string().optional(),
  email: z.string().optional(),
  email_verified: z.boolean().optional(),
  avatar_URL: z.string().optional(),
  profile_URL: z.string().optional(),
});

export function wordpressProvider(cfg: OAuthClientConfig): OAuthProvider {
  const urls = endpointsOf(ENDPOINTS, cfg);
  return {
    id: "wordpress",
    slug: "wordpress",
    label: LABEL,
    async authorize(req) {
      const url = withQuery(urls.authorizeUrl, {
        client_id: cfg.clientId,
        redirect_uri: req.redirectUri,
        response_type: "code",
        scope: "auth",
        state: req.state,
      });
      return { url, pkce: false, nonce: false };
    },
    async exchange(ex) {
      const token = await providerJson(
        LABEL,
        urls.tokenUrl,
        {
          form: {
            client_id: cfg.clientId,
            client_secret: cfg.clientSecret,
            redirect_uri: ex.redirectUri,
            code: ex.code,
            grant_type: "authorization_code",
          },
        },
        tokenSchema,
      );
      const me = await providerJson(LABEL, urls.profileUrl, { bearer: token.access_token }, meSchema);
      const name = cleanName(me.display_name, me.username);
      if (!name) throw new SignInRefusedError(LABEL, "the account has no name to show");
      const verified = me.email_verified === true && typeof me.email === "string" && me.email.includes("@");
      const identity: ReaderIdentity = {
        provider: "wordpress",
        subject: String(me.ID),
        displayName: name,
        profileUrl: httpsUrlOrNull(me.profile_URL),
        avatarUrl: httpsUrlOrNull(me.avatar_URL),
        email: verified ? me.email! : null,
        emailVerified: verified,
      };
      return identity;
    },
  };
}
