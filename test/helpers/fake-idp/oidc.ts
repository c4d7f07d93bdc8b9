// A real OpenID Connect provider on 127.0.0.1 — oidc-provider with discovery, JWKS, signed id_tokens,
// PKCE, and its development login/consent pages — and a driver that goes through those pages like a user
// would (following its redirects with its cookies), up to the redirect back to the client with a code.
import { generateKeyPairSync } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export const OIDC_CLIENT = {
  clientId: "dateline-test",
  clientSecret: "oidc-secret-for-tests-0123456789abcdef",
};

export interface OidcUser {
  sub: string;
  name: string;
  email: string;
  picture: string;
}

export interface FakeOidc {
  issuer: string;
  users: Map<string, OidcUser>;
  /** Logs in as `login` and consents; returns the redirect back to the client (with code and state). */
  signIn(authorizeUrl: string, login: string): Promise<URL>;
  close(): Promise<void>;
}

export async function startFakeOidc(redirectUris: string[]): Promise<FakeOidc> {
  const users = new Map<string, OidcUser>();
  // The issuer names the port, known only once the server listens: listen first, then hand the requests
  // to the provider.
  let provider: Provider | null = null;
  const http = createServer((req, res) => provider!.callback()(req, res));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", () => resolve()));
  const { port } = http.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.clientId,
        client_secret: OIDC_CLIENT.clientSecret,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test-key", use: "sig", alg: "RS256" }] },
    claims: { openid: ["sub"], profile: ["name", "picture"], email: ["email", "email_verified"] },
    findAccount: (_ctx, id) => {
      const user = users.get(id);
      if (!user) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: user.sub,
          name: user.name,
          picture: user.picture,
          email: user.email,
          email_verified: true,
        }),
      };
    },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["oidc-fake-cookie-key-0123456789"] },
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
    },
  });
  // oidc-provider reports server errors as events; surface them in the test output.
  provider.on("server_error", (_ctx, err) => console.error("oidc-provider:", err));

  async function signIn(authorizeUrl: string, login: string): Promise<URL> {
    const jar = new Map<string, string>();
    const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const remember = (res: Response) => {
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(";");
        const eq = pair!.indexOf("=");
        jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
      }
    };
    let next = new URL(authorizeUrl);
    let method: "GET" | "POST" = "GET";
    let body: URLSearchParams | undefined;
    for (let step = 0; step < 12; step++) {
      if (next.origin !== issuer) return next; // back to the client
      const res = await fetch(next, {
        method,
        body,
        headers: { cookie: cookieHeader() },
        redirect: "manual",
      });
      remember(res);
      const location = res.headers.get("location");
      if (location) {
        next = new URL(location, next);
        method = "GET";
        body = undefined;
        continue;
      }
      const html = await res.text();
      if (res.status !== 200) throw new Error(`oidc-provider answered ${res.status}: ${html.slice(0, 300)}`);
      // A development interaction page: the login form, or the consent form.
      method = "POST";
      body = html.includes('name="login"')
        ? new URLSearchParams({ prompt: "login", login, password: "any" })
        : new URLSearchParams({ prompt: "consent" });
      next = new URL(next.pathname, issuer);
    }
    throw new Error("oidc-provider: too many steps");
  }

  return {
    issuer,
    users,
    signIn,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}
