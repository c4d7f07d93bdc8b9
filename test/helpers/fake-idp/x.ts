// A local X (Twitter) OAuth 2.0 server: /i/oauth2/authorize (PKCE S256 required), /2/oauth2/token
// (confidential client: HTTP Basic credentials; code_verifier checked) and /2/users/me, with X's
// documented answers and errors.

import { FakeOAuthServer, type FakeUser } from "./fake-oauth-server.js";
import { basicCredentials } from "./local-server.js";

export const X_CLIENT = {
  clientId: "ZmFrZS14LWNsaWVudA",
  clientSecret: "x-secret-for-tests-0123456789abcdef",
};

export function fakeX(user: FakeUser): FakeOAuthServer {
  return new FakeOAuthServer(
    {
      label: "X",
      authorizePath: "/i/oauth2/authorize",
      tokenPath: "/2/oauth2/token",
      profilePath: "/2/users/me",
      pkceRequired: true,
      readTokenRequest(req, _url, body) {
        const params = new URLSearchParams(req.method === "POST" ? body : "");
        const basic = basicCredentials(req);
        if (params.get("grant_type") !== "authorization_code") params.delete("code");
        return { clientId: basic?.id ?? null, clientSecret: basic?.secret ?? null, params };
      },
      tokenAnswer: (accessToken) => ({
        token_type: "bearer",
        expires_in: 7200,
        access_token: accessToken,
        scope: "users.read tweet.read",
      }),
      tokenError: (kind) =>
        kind === "invalid_client"
          ? { error: "unauthorized_client", error_description: "Missing valid authorization header" }
          : {
              error: "invalid_request",
              error_description: "Value passed for the authorization code was invalid.",
            },
      profile: (u, url) => {
        const fields = url.searchParams.get("user.fields")?.split(",") ?? [];
        return {
          data: {
            id: u.id,
            name: u.name,
            username: u.username,
            ...(fields.includes("profile_image_url")
              ? { profile_image_url: `https://pbs.twimg.com/profile_images/${u.id}/photo_normal.jpg` }
              : {}),
          },
        };
      },
    },
    X_CLIENT,
    user,
  );
}

export function xEnv(fake: FakeOAuthServer): Record<string, string> {
  return {
    DATELINE_AUTH_X_CLIENT_ID: X_CLIENT.clientId,
    DATELINE_AUTH_X_CLIENT_SECRET: X_CLIENT.clientSecret,
    DATELINE_AUTH_X_AUTHORIZE_URL: `${fake.url}/i/oauth2/authorize`,
    DATELINE_AUTH_X_TOKEN_URL: `${fake.url}/2/oauth2/token`,
    DATELINE_AUTH_X_PROFILE_URL: `${fake.url}/2/users/me`,
  };
}
