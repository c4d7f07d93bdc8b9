// Facebook Login, built manually (developers.facebook.com, "Manually Build a Login Flow"): the Login dialog,
// then the code exchanged at the Graph API's /oauth/access_token, then GET /me?fields=id,name,picture.
// Only public_profile is asked for: a commenter needs a name, not an email address. The code exchange is a
// POST form, which Graph accepts as well as the GET the guide shows, so the app secret stays out of URLs
// (and any proxy's access log). The access token goes
// in the Authorization header, never the query; Graph calls carry appsecret_proof (an HMAC-SHA256 of the
// token under the app secret, as "Securing Graph API Requests" recommends), which reveals neither.
import { createHmac } from "node:crypto";
import { z } from "zod";
import type { OAuthClientConfig } from "../../config/auth.js";
import { SignInRefusedError } from "../errors.js";
import { cleanName, httpsUrlOrNull } from "../profile-url.js";
import { providerJson, type RefusalReader, safeCode } from "../provider-http.js";
import type { ReaderIdentity } from "../reader-identity.js";
import { type Endpoints, endpointsOf, type OAuthProvider, withQuery } from "./oauth-provider.js";

const LABEL = "Facebook";
/** Graph API version; each is supported for about two years, and the endpoints are configurable. */
const GRAPH = "v23.0";
const ENDPOINTS: Endpoints = {
  authorizeUrl: `https://www.facebook.com/${GRAPH}/dialog/oauth`,
  tokenUrl: `https://graph.facebook.com/${GRAPH}/oauth/access_token`,
  profileUrl: `https://graph.facebook.com/${GRAPH}/me`,
};

const tokenSchema = z.object({ access_token: z.string().min(1), token_type: z.string().optional() });

const meSchema = z.object({
  id: z.string().regex(/^\d+$/),
  name: z.string().optional(),
  picture: z
    .object({ data: z.object({ url: z.string().optional(), is_silhouette: z.boolean().optional() }) })
    .optional(),
});

/** Graph errors: {"error": {"message", "type": "OAuthException", "code": 100, "error_subcode": 36009}}. */
const graphRefusal: RefusalReader = (_status, body) => {
  const err = body && typeof body === "object" && "error" in body ? body.error : null;
  if (!err || typeof err !== "object") return null;
  const e = err as { type?: unknown; code?: unknown; error_subcode?: unknown };
  const parts = [e.type, e.code, e.error_subcode].filter(
    (p) => typeof p === "string" || typeof p === "number",
  );
  return parts.length ? safeCode(parts.join("-")) : null;
};

export function facebookProvider(cfg: OAuthClientConfig): OAuthProvider {
  const urls = endpointsOf(ENDPOINTS, cfg);
  return {
    id: "facebook",
    slug: "facebook",
    label: LABEL,
    async authorize(req) {
      const url = withQuery(urls.authorizeUrl, {
        client_id: cfg.clientId,
        redirect_uri: req.redirectUri,
        state: req.state,
        response_type: "code",
        scope: "public_profile",
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
          },
        },
        tokenSchema,
        graphRefusal,
      );
      const proof = createHmac("sha256", cfg.clientSecret).update(token.access_token).digest("hex");
      const profileUrl = withQuery(urls.profileUrl, { fields: "id,name,picture", appsecret_proof: proof });
      const me = await providerJson(
        LABEL,
        profileUrl,
        { bearer: token.access_token },
        meSchema,
        graphRefusal,
      );
      const name = cleanName(me.name);
      if (!name) throw new SignInRefusedError(LABEL, "the account has no name to show");
      const picture = me.picture?.data;
      const identity: ReaderIdentity = {
        provider: "facebook",
        subject: me.id,
        displayName: name,
        // App-scoped ids have no public profile address (the link field needs the user_link permission).
        profileUrl: null,
        avatarUrl: picture && picture.is_silhouette !== true ? httpsUrlOrNull(picture.url) : null,
        email: null,
        emailVerified: false,
      };
      return identity;
    },
  };
}
