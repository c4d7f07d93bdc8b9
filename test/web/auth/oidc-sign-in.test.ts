// Sign-in with an OpenID Connect provider named in the configuration, against a real one (oidc-provider):
// discovery, PKCE, the code exchange, the id_token verified against the JWKS (iss, aud, exp, nonce), the
// UserInfo claims; and an id_token that does not belong to the sign-in refused.
import type { Hono } from "hono";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SignInRefusedError } from "../../../src/auth/errors.js";
import { codeChallengeS256, newCodeVerifier } from "../../../src/auth/pkce.js";
import { oidcProvider } from "../../../src/auth/providers/oidc.js";
import type { Services } from "../../../src/compose/services.js";
import { describeEachDatabase } from "../../helpers/databases.js";
import { type FakeOidc, OIDC_CLIENT, startFakeOidc } from "../../helpers/fake-idp/oidc.js";
import { type TestClock, testApp, testServices } from "../../helpers/services.js";
import { CookieBrowser, locationOf, SITE } from "./cookie-browser.js";

const REDIRECT = `${SITE}/auth/oidc/example/callback`;
const RETURN = "/2021/02/19/ministers-agree/#respond";

describeEachDatabase("reader sign-in with OpenID Connect", (getDb) => {
  let idp: FakeOidc;
  let s: Services & { testClock: TestClock };
  let app: Hono;

  beforeAll(async () => {
    idp = await startFakeOidc([REDIRECT]);
    idp.users.set("noor", {
      sub: "noor",
      name: "Noor Al-Huda",
      email: "noor@example.org",
      picture: "https://idp.example/pictures/noor.png",
    });
    s = await testServices(getDb().db, {
      DATELINE_AUTH_OIDC: JSON.stringify([
        { name: "example", label: "Example ID", issuer: idp.issuer, ...OIDC_CLIENT },
      ]),
    });
    s.testClock.t = Math.floor(Date.now() / 1000); // id_tokens carry the real time
    app = testApp(s);
  });
  afterAll(async () => {
    await idp.close();
  });

  it("is offered under its configured name and label", () => {
    expect(s.auth.options().map((o) => [o.id, o.label])).toEqual([["oidc:example", "Example ID"]]);
    expect(s.auth.options()[0]!.startUrl("/")).toBe("/auth/oidc/example/start?return=%2F");
  });

  it("signs in end to end: discovery, PKCE, code, verified id_token, UserInfo", async () => {
    const b = new CookieBrowser(app);
    const start = await b.get(`/auth/oidc/example/start?return=${encodeURIComponent(RETURN)}`);
    expect(start.status).toBe(302);
    const authorize = locationOf(start);
    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get("scope")).toBe("openid profile email");
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("nonce")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get("redirect_uri")).toBe(REDIRECT);

    const back = await idp.signIn(authorize.toString(), "noor");
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
    expect(back.searchParams.get("code")).toBeTruthy();
    const done = await b.get(back);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(RETURN);
    expect(await s.auth.currentReader({ dl_reader: b.cookies.get("dl_reader")!.value })).toEqual({
      provider: "oidc:example",
      subject: "noor",
      displayName: "Noor Al-Huda",
      profileUrl: null,
      avatarUrl: "https://idp.example/pictures/noor.png",
      email: "noor@example.org",
      emailVerified: true,
    });
  });

  it("refuses a replayed callback and a forged state", async () => {
    const b = new CookieBrowser(app);
    const start = await b.get("/auth/oidc/example/start?return=/");
    const back = await idp.signIn(locationOf(start).toString(), "noor");
    const forged = new URL(back);
    forged.searchParams.set("state", "not-the-state");
    const res = await b.get(forged);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(
      "Sign-in with Example ID failed: this sign-in was not started in this browser",
    );
    expect(b.cookies.has("dl_reader")).toBe(false);
    // The flow was consumed by the forged attempt: the genuine callback cannot be completed either.
    expect((await b.get(back)).status).toBe(400);
    expect(b.cookies.has("dl_reader")).toBe(false);
  });

  async function codeFor(nonce: string, verifier: string): Promise<string> {
    const provider = oidcProvider(
      { name: "example", issuer: idp.issuer, ...OIDC_CLIENT },
      { clock: s.testClock },
    );
    const { url } = await provider.authorize({
      redirectUri: REDIRECT,
      state: "state-for-a-direct-test",
      codeChallenge: codeChallengeS256(verifier),
      nonce,
    });
    return (await idp.signIn(url, "noor")).searchParams.get("code")!;
  }

  it("refuses an id_token whose nonce is not this sign-in's", async () => {
    const verifier = newCodeVerifier();
    const code = await codeFor("the-nonce-sent", verifier);
    const provider = oidcProvider(
      { name: "example", issuer: idp.issuer, ...OIDC_CLIENT },
      { clock: s.testClock },
    );
    const attempt = provider.exchange({
      code,
      redirectUri: REDIRECT,
      codeVerifier: verifier,
      nonce: "another-nonce",
    });
    await expect(attempt).rejects.toBeInstanceOf(SignInRefusedError);
    await expect(attempt).rejects.toThrow("the identity token does not belong to this sign-in");
  });

  it("refuses an expired id_token (checked against our clock)", async () => {
    const verifier = newCodeVerifier();
    const code = await codeFor("n1", verifier);
    const later = { now: () => s.testClock.t + 24 * 3600 };
    const provider = oidcProvider({ name: "example", issuer: idp.issuer, ...OIDC_CLIENT }, { clock: later });
    await expect(
      provider.exchange({ code, redirectUri: REDIRECT, codeVerifier: verifier, nonce: "n1" }),
    ).rejects.toThrow("the identity token has expired");
  });

  it("refuses an issuer whose discovery document names another issuer", async () => {
    const provider = oidcProvider(
      {
        name: "example",
        issuer: `${idp.issuer}/.well-known/openid-configuration`.replace("127.0.0.1", "localhost"),
        ...OIDC_CLIENT,
      },
      { clock: s.testClock },
    );
    await expect(
      provider.authorize({ redirectUri: REDIRECT, state: "s", codeChallenge: "c", nonce: "n" }),
    ).rejects.toThrow("OpenID configuration names another issuer");
  });
});
