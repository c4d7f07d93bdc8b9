// A local Facebook Login + Graph API: /v23.0/dialog/oauth, /v23.0/oauth/access_token (GET with query, as
// the manual-flow guide shows, or POST form) and /v23.0/me?fields=…, which checks appsecret_proof, with
// Graph's documented answers and its error object ({"error": {"type": "OAuthException", "code": 100, …}}).
import { createHmac } from "node:crypto";
import { FakeOAuthServer, type FakeUser } from "./fake-oauth-server.js";

export const FACEBOOK_CLIENT = {
  clientId: "1234567890123456",
  clientSecret: "fb-app-secret-for-tests-0123456789",
};

const graphError = (message: string, code: number, subcode?: number) => ({
  error: {
    message,
    type: "OAuthException",
    code,
    ...(subcode ? { error_subcode: subcode } : {}),
    fbtrace_id: "AbCdEfGhIjK",
  },
});

export function fakeFacebook(user: FakeUser): FakeOAuthServer {
  return new FakeOAuthServer(
    {
      label: "Facebook",
      authorizePath: "/v23.0/dialog/oauth",
      tokenPath: "/v23.0/oauth/access_token",
      profilePath: "/v23.0/me",
      pkceRequired: false,
      readTokenRequest(req, url, body) {
        const params = req.method === "POST" ? new URLSearchParams(body) : url.searchParams;
        return { clientId: params.get("client_id"), clientSecret: params.get("client_secret"), params };
      },
      tokenAnswer: (accessToken) => ({
        access_token: accessToken,
        token_type: "bearer",
        expires_in: 5183944,
      }),
      tokenError: (kind) =>
        kind === "invalid_grant"
          ? graphError("This authorization code has been used.", 100, 36009)
          : kind === "invalid_client"
            ? graphError("Error validating client secret.", 1)
            : graphError("Invalid OAuth access token.", 190),
      profile: (u, url, token) => {
        const proof = createHmac("sha256", FACEBOOK_CLIENT.clientSecret).update(token).digest("hex");
        if (url.searchParams.get("appsecret_proof") !== proof) {
          return [400, graphError("Invalid appsecret_proof provided in the API argument", 100)];
        }
        const fields = (url.searchParams.get("fields") ?? "id,name").split(",");
        return {
          id: u.id,
          ...(fields.includes("name") ? { name: u.name } : {}),
          ...(fields.includes("picture")
            ? {
                picture: {
                  data: {
                    height: 50,
                    is_silhouette: false,
                    url: `https://platform-lookaside.fbsbx.com/platform/profilepic/?asid=${u.id}`,
                    width: 50,
                  },
                },
              }
            : {}),
        };
      },
    },
    FACEBOOK_CLIENT,
    user,
  );
}

export function facebookEnv(fake: FakeOAuthServer): Record<string, string> {
  return {
    DATELINE_AUTH_FACEBOOK_CLIENT_ID: FACEBOOK_CLIENT.clientId,
    DATELINE_AUTH_FACEBOOK_CLIENT_SECRET: FACEBOOK_CLIENT.clientSecret,
    DATELINE_AUTH_FACEBOOK_AUTHORIZE_URL: `${fake.url}/v23.0/dialog/oauth`,
    DATELINE_AUTH_FACEBOOK_TOKEN_URL: `${fake.url}/v23.0/oauth/access_token`,
    DATELINE_AUTH_FACEBOOK_PROFILE_URL: `${fake.url}/v23.0/me`,
  };
}
