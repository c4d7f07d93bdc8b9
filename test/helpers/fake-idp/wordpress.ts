// A local WordPress.com OAuth2 server: /oauth2/authorize, /oauth2/token (client id and secret in the form
// body) and /rest/v1/me, answering with WordPress.com's documented shapes.
import { FakeOAuthServer, type FakeUser } from "./fake-oauth-server.js";

export const WORDPRESS_CLIENT = { clientId: "12345", clientSecret: "wp-secret-for-tests-0123456789" };

export function fakeWordPress(user: FakeUser): FakeOAuthServer {
  return new FakeOAuthServer(
    {
      label: "WordPress.com",
      authorizePath: "/oauth2/authorize",
      tokenPath: "/oauth2/token",
      profilePath: "/rest/v1/me",
      pkceRequired: false,
      readTokenRequest(req, _url, body) {
        const params = new URLSearchParams(req.method === "POST" ? body : "");
        if (params.get("grant_type") !== "authorization_code") params.delete("code");
        return { clientId: params.get("client_id"), clientSecret: params.get("client_secret"), params };
      },
      tokenAnswer: (accessToken) => ({
        access_token: accessToken,
        token_type: "bearer",
        blog_id: "0",
        blog_url: null,
        scope: "auth",
      }),
      tokenError: (kind) => ({
        error: kind,
        error_description: kind === "invalid_grant" ? "Invalid code." : "Bad request.",
      }),
      profile: (u) => ({
        ID: Number(u.id),
        display_name: u.name,
        username: u.username,
        email: u.email ?? `${u.username}@example.com`,
        primary_blog: 0,
        language: "en",
        avatar_URL: `https://0.gravatar.com/avatar/${u.id}?s=96&d=identicon`,
        profile_URL: `https://gravatar.com/${u.username}`,
        verified: true,
        email_verified: true,
        site_count: 0,
      }),
    },
    WORDPRESS_CLIENT,
    user,
  );
}

export function wordpressEnv(fake: FakeOAuthServer): Record<string, string> {
  return {
    DATELINE_AUTH_WORDPRESS_CLIENT_ID: WORDPRESS_CLIENT.clientId,
    DATELINE_AUTH_WORDPRESS_CLIENT_SECRET: WORDPRESS_CLIENT.clientSecret,
    DATELINE_AUTH_WORDPRESS_AUTHORIZE_URL: `${fake.url}/oauth2/authorize`,
    DATELINE_AUTH_WORDPRESS_TOKEN_URL: `${fake.url}/oauth2/token`,
    DATELINE_AUTH_WORDPRESS_PROFILE_URL: `${fake.url}/rest/v1/me`,
  };
}
