// The part every fake OAuth 2.0 provider shares (RFC 6749 §4.1): an authorization page where the "user"
// approves or denies (a real form, so a browser test can click it), one-time codes bound to the client,
// the redirect URI and — when given — the PKCE challenge (RFC 7636 §4.6), and access tokens. Each fake
// (wordpress.ts, x.ts, facebook.ts) adds its provider's documented token request and profile answer.
import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { escapeHtml, type LocalServer, redirect, sendJson, startLocalServer } from "./local-server.js";

export interface FakeUser {
  id: string;
  name: string;
  username: string;
  email?: string;
}

export interface Grant {
  clientId: string;
  redirectUri: string;
  challenge: string | null;
  user: FakeUser;
  used: boolean;
}

export interface TokenRequest {
  clientId: string | null;
  clientSecret: string | null;
  params: URLSearchParams;
}

export interface FakeProviderSpec {
  label: string;
  authorizePath: string;
  tokenPath: string;
  profilePath: string;
  /** Reads the client's credentials and the parameters, as this provider takes them. */
  readTokenRequest(req: IncomingMessage, url: URL, body: string): TokenRequest;
  /** PKCE required on the authorization request (X), or not looked at. */
  pkceRequired: boolean;
  tokenAnswer(accessToken: string): unknown;
  /** This provider's error body for a bad token request. */
  tokenError(kind: "invalid_grant" | "invalid_client" | "invalid_request"): unknown;
  /** This provider's profile answer, or an error [status, body]. */
  profile(user: FakeUser, url: URL, accessToken: string): unknown | [number, unknown];
}

export interface FakeProviderOptions {
  clientId: string;
  clientSecret: string;
}

export class FakeOAuthServer {
  /** Who "signs in" at the authorization page next. */
  user: FakeUser;
  readonly grants = new Map<string, Grant>();
  readonly tokens = new Map<string, FakeUser>();
  /** Every request's method and full path (tests check no token is ever in a query string). */
  readonly seen: string[] = [];
  tokenRequests = 0;
  private server: LocalServer | null = null;

  constructor(
    readonly spec: FakeProviderSpec,
    readonly client: FakeProviderOptions,
    user: FakeUser,
  ) {
    this.user = user;
  }

  get url(): string {
    if (!this.server) throw new Error("fake provider not started");
    return this.server.url;
  }

  async start(): Promise<this> {
    this.server = await startLocalServer((req, res, url, body) => this.handle(req, res, url, body));
    return this;
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  /** Approves an authorization request without a browser: returns the redirect back to the client. */
  async approve(authorizeUrl: string, decision: "allow" | "deny" = "allow"): Promise<URL> {
    const url = new URL(authorizeUrl);
    const form = new URLSearchParams(url.searchParams);
    form.set("decision", decision);
    const res = await fetch(`${url.origin}${url.pathname}`, {
      method: "POST",
      body: form,
      redirect: "manual",
    });
    const location = res.headers.get("location");
    if (res.status !== 302 || !location)
      throw new Error(`fake ${this.spec.label} refused: ${res.status} ${await res.text()}`);
    return new URL(location);
  }

  private async handle(req: IncomingMessage, res: ServerResponse, url: URL, body: string): Promise<void> {
    this.seen.push(`${req.method} ${url.pathname}${url.search}`);
    if (url.pathname === this.spec.authorizePath) {
      this.authorize(req, res, url, body);
      return;
    }
    if (url.pathname === this.spec.tokenPath) {
      this.token(req, res, url, body);
      return;
    }
    if (url.pathname === this.spec.profilePath) {
      const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
      const user = token ? this.tokens.get(token) : undefined;
      if (!token || !user) {
        sendJson(res, 401, this.spec.tokenError("invalid_request"));
        return;
      }
      const answer = this.spec.profile(user, url, token);
      if (Array.isArray(answer)) {
        sendJson(res, answer[0] as number, answer[1]);
        return;
      }
      sendJson(res, 200, answer);
      return;
    }
    sendJson(res, 404, { error: "not_found" });
  }

  private authorize(req: IncomingMessage, res: ServerResponse, url: URL, body: string): void {
    const p = req.method === "POST" ? new URLSearchParams(body) : url.searchParams;
    const bad = (why: string) => {
      res.writeHead(400, { "content-type": "text/plain" });
      res.end(why);
    };
    if (p.get("client_id") !== this.client.clientId) {
      bad("unknown client_id");
      return;
    }
    const redirectUri = p.get("redirect_uri");
    if (!redirectUri) {
      bad("redirect_uri missing");
      return;
    }
    if (p.get("response_type") !== "code") {
      bad("response_type must be code");
      return;
    }
    const challenge = p.get("code_challenge");
    if (this.spec.pkceRequired && (!challenge || p.get("code_challenge_method") !== "S256")) {
      bad("PKCE with S256 is required");
      return;
    }
    if (req.method !== "POST") {
      const hidden = [...p]
        .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
        .join("");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><title>Authorize</title><h1>${escapeHtml(this.spec.label)}: authorize Dateline?</h1>` +
          `<p>Signed in as ${escapeHtml(this.user.name)}</p><form method="post">${hidden}` +
          `<button name="decision" value="allow">Approve</button> <button name="decision" value="deny">Deny</button></form>`,
      );
      return;
    }
    const back = new URL(redirectUri);
    const state = p.get("state");
    if (p.get("decision") !== "allow") {
      back.searchParams.set("error", "access_denied");
      if (state) back.searchParams.set("state", state);
      redirect(res, back.toString());
      return;
    }
    const code = randomBytes(16).toString("hex");
    this.grants.set(code, {
      clientId: this.client.clientId,
      redirectUri,
      challenge: this.spec.pkceRequired ? challenge : null,
      user: this.user,
      used: false,
    });
    back.searchParams.set("code", code);
    if (state) back.searchParams.set("state", state);
    redirect(res, back.toString());
  }

  private token(req: IncomingMessage, res: ServerResponse, url: URL, body: string): void {
    this.tokenRequests++;
    const t = this.spec.readTokenRequest(req, url, body);
    if (t.clientId !== this.client.clientId || t.clientSecret !== this.client.clientSecret) {
      sendJson(res, 401, this.spec.tokenError("invalid_client"));
      return;
    }
    const code = t.params.get("code") ?? "";
    const grant = this.grants.get(code);
    if (!grant || grant.used) {
      sendJson(res, 400, this.spec.tokenError("invalid_grant"));
      return;
    }
    grant.used = true; // RFC 6749 §4.1.2: a code is used once
    if (t.params.get("redirect_uri") !== grant.redirectUri) {
      sendJson(res, 400, this.spec.tokenError("invalid_grant"));
      return;
    }
    if (grant.challenge !== null) {
      const verifier = t.params.get("code_verifier") ?? "";
      const computed = createHash("sha256").update(verifier, "ascii").digest("base64url");
      if (computed !== grant.challenge) {
        sendJson(res, 400, this.spec.tokenError("invalid_grant"));
        return;
      }
    }
    const accessToken = randomBytes(24).toString("base64url");
    this.tokens.set(accessToken, grant.user);
    sendJson(res, 200, this.spec.tokenAnswer(accessToken));
  }
}
