// Sign-in with WordPress.com, X and Facebook through the real routes, against local servers that speak each
// provider's documented token and profile formats; and every way it must fail: forged state, a callback
// from another browser (login CSRF), a replayed callback, a replayed code, a denied consent, a return
// address on another host, an unreachable provider, a sign-out without its CSRF token. On SQLite and
// PostgreSQL.
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServices, type Services } from "../../../src/compose/services.js";
import { loadConfig } from "../../../src/config/load.js";
import { createLogger } from "../../../src/shared/logger.js";
import { describeEachDatabase } from "../../helpers/databases.js";
import { FACEBOOK_CLIENT, facebookEnv, fakeFacebook } from "../../helpers/fake-idp/facebook.js";
import type { FakeOAuthServer } from "../../helpers/fake-idp/fake-oauth-server.js";
import { fakeWordPress, WORDPRESS_CLIENT, wordpressEnv } from "../../helpers/fake-idp/wordpress.js";
import { fakeX, X_CLIENT, xEnv } from "../../helpers/fake-idp/x.js";
import { TestClock, testApp } from "../../helpers/services.js";
import { CookieBrowser, locationOf, SITE } from "./cookie-browser.js";

const ARTICLE = "/2021/02/19/ministers-agree/#respond";

describeEachDatabase("reader sign-in with OAuth providers", (getDb) => {
  const wordpress = fakeWordPress({
    id: "7001",
    name: "Amal Writer",
    username: "amalwrites",
    email: "amal@example.com",
  });
  const x = fakeX({ id: "2244994945", name: "Karim", username: "karim_news" });
  const facebook = fakeFacebook({ id: "10158000000000001", name: "Dana Facebook", username: "dana" });
  const logLines: string[] = [];
  let s: Services;
  let app: Hono;

  beforeAll(async () => {
    await Promise.all([wordpress.start(), x.start(), facebook.start()]);
    const config = loadConfig({
      DATELINE_SITE_URL: SITE,
      DATELINE_MEDIA_DIR: "/tmp/dateline-auth-test-media",
      ...wordpressEnv(wordpress),
      ...xEnv(x),
      ...facebookEnv(facebook),
    });
    const log = createLogger({ level: "debug", format: "json", write: (l) => logLines.push(l) });
    s = await createServices(config, { db: getDb().db, clock: new TestClock(), log });
    app = testApp(s);
  });
  afterAll(async () => {
    await Promise.all([wordpress.close(), x.close(), facebook.close()]);
  });

  const sessionCount = async () =>
    Number(
      (
        await getDb()
          .db.kysely.selectFrom("reader_sessions")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** Start → the provider's page → approve → the redirect back (not yet followed). */
  async function toCallback(b: CookieBrowser, slug: string, fake: FakeOAuthServer, returnTo = ARTICLE) {
    const start = await b.get(`/auth/${slug}/start?return=${encodeURIComponent(returnTo)}`);
    expect(start.status).toBe(302);
    const authorize = locationOf(start);
    expect(authorize.origin).toBe(fake.url);
    const back = await fake.approve(authorize.toString());
    expect(back.origin).toBe(SITE);
    return { authorize, back };
  }

  it("offers exactly the configured providers, in the comment form's order", () => {
    const options = s.auth.options();
    expect(options.map((o) => [o.id, o.label])).toEqual([
      ["wordpress", "WordPress.com"],
      ["x", "X"],
      ["facebook", "Facebook"],
    ]);
    expect(options[0]!.startUrl(ARTICLE)).toBe(`/auth/wordpress/start?return=${encodeURIComponent(ARTICLE)}`);
  });

  it("signs in with WordPress.com: code exchanged with the client secret, /me mapped to the reader", async () => {
    const b = new CookieBrowser(app);
    const { authorize, back } = await toCallback(b, "wordpress", wordpress);
    const q = authorize.searchParams;
    expect(q.get("client_id")).toBe(WORDPRESS_CLIENT.clientId);
    expect(q.get("redirect_uri")).toBe(`${SITE}/auth/wordpress/callback`);
    expect(q.get("response_type")).toBe("code");
    expect(q.get("scope")).toBe("auth");
    expect(q.get("state")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(b.attributes("dl_signin")).toEqual(
      expect.arrayContaining(["httponly", "samesite=lax", "secure", "path=/auth/", "max-age=600"]),
    );

    const done = await b.get(back);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(ARTICLE);
    expect(b.cookies.has("dl_signin")).toBe(false);
    expect(b.attributes("dl_reader")).toEqual(
      expect.arrayContaining(["httponly", "samesite=lax", "secure", "path=/"]),
    );
    const reader = await s.auth.currentReader({ dl_reader: b.cookies.get("dl_reader")!.value });
    expect(reader).toEqual({
      provider: "wordpress",
      subject: "7001",
      displayName: "Amal Writer",
      profileUrl: "https://gravatar.com/amalwrites",
      avatarUrl: "https://0.gravatar.com/avatar/7001?s=96&d=identicon",
      email: "amal@example.com",
      emailVerified: true,
    });
  });

  it("signs in with X: PKCE S256, HTTP Basic client authentication, /2/users/me mapped", async () => {
    const b = new CookieBrowser(app);
    const { authorize, back } = await toCallback(b, "x", x);
    const q = authorize.searchParams;
    expect(q.get("client_id")).toBe(X_CLIENT.clientId);
    expect(q.get("code_challenge_method")).toBe("S256");
    expect(q.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get("scope")).toBe("users.read tweet.read");
    const done = await b.get(back);
    expect(done.status).toBe(303);
    const reader = await s.auth.currentReader({ dl_reader: b.cookies.get("dl_reader")!.value });
    expect(reader).toEqual({
      provider: "x",
      subject: "2244994945",
      displayName: "Karim",
      profileUrl: "https://x.com/karim_news",
      avatarUrl: "https://pbs.twimg.com/profile_images/2244994945/photo_normal.jpg",
      email: null,
      emailVerified: false,
    });
  });

  it("signs in with Facebook: Graph token exchange, /me with appsecret_proof, picture mapped", async () => {
    const b = new CookieBrowser(app);
    const { authorize, back } = await toCallback(b, "facebook", facebook);
    expect(authorize.searchParams.get("client_id")).toBe(FACEBOOK_CLIENT.clientId);
    expect(authorize.searchParams.get("scope")).toBe("public_profile");
    const done = await b.get(back);
    expect(done.status).toBe(303);
    const reader = await s.auth.currentReader({ dl_reader: b.cookies.get("dl_reader")!.value });
    expect(reader).toEqual({
      provider: "facebook",
      subject: "10158000000000001",
      displayName: "Dana Facebook",
      profileUrl: null,
      avatarUrl: "https://platform-lookaside.fbsbx.com/platform/profilepic/?asid=10158000000000001",
      email: null,
      emailVerified: false,
    });
  });

  it("ends the previous session when the browser signs in again, with another account", async () => {
    const b = new CookieBrowser(app);
    await b.get((await toCallback(b, "wordpress", wordpress)).back);
    const first = b.cookies.get("dl_reader")!.value;
    await b.get((await toCallback(b, "x", x)).back);
    const second = b.cookies.get("dl_reader")!.value;
    expect(second).not.toBe(first);
    expect(await s.auth.currentReader({ dl_reader: first })).toBeNull();
    expect((await s.auth.currentReader({ dl_reader: second }))?.provider).toBe("x");
  });

  it("never puts an access token in a URL, and never logs a token, a code, a state or a secret", async () => {
    for (const fake of [wordpress, x, facebook]) {
      for (const token of fake.tokens.keys()) {
        expect(fake.seen.filter((line) => line.includes(token))).toEqual([]);
      }
    }
    const log = logLines.join("\n");
    expect(log).toContain("reader signed in");
    for (const fake of [wordpress, x, facebook]) {
      for (const token of fake.tokens.keys()) expect(log).not.toContain(token);
      for (const code of fake.grants.keys()) expect(log).not.toContain(code);
      expect(log).not.toContain(fake.client.clientSecret);
    }
  });

  it("runs in a popup: 'Connecting to X…' first, then a page that tells the opener", async () => {
    const b = new CookieBrowser(app);
    const start = await b.get(`/auth/x/start?return=${encodeURIComponent(ARTICLE)}&popup=1`);
    expect(start.status).toBe(200);
    expect(start.headers.get("cache-control")).toBe("no-store");
    const html = await start.text();
    expect(html).toContain("Connecting to X…");
    const refresh = /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(html);
    expect(refresh).not.toBeNull();
    const authorizeUrl = refresh![1]!.replaceAll("&amp;", "&");
    const back = await x.approve(authorizeUrl);
    const done = await b.get(back);
    expect(done.status).toBe(303);
    const next = locationOf(done);
    expect(next.pathname).toBe("/auth/done");
    expect(next.searchParams.get("return")).toBe(ARTICLE);
    const page = await (await b.get(next)).text();
    expect(page).toContain(`id="signin-done" data-return="${ARTICLE}"`);
    expect(page).toMatch(/<script type="module" src="\/assets\/signin-popup\.[0-9a-f]{10}\.js"><\/script>/);
  });

  it("serves the popup script from our origin, immutable", async () => {
    const page = await (await new CookieBrowser(app).get("/auth/")).text();
    const path = /src="(\/assets\/signin-popup\.[0-9a-f]{10}\.js)"/.exec(page)![1]!;
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(await res.text()).toContain("dateline:signed-in");
  });

  describe("refusals: a clear message, and no session", () => {
    async function refused(res: Response, b: CookieBrowser, status = 400): Promise<string> {
      expect(res.status).toBe(status);
      expect(b.cookies.has("dl_reader")).toBe(false);
      const html = await res.text();
      const m = /<p class="signin-error">([^<]+)<\/p>/.exec(html);
      expect(m).not.toBeNull();
      return m![1]!.replaceAll("&#39;", "'").replaceAll("&quot;", '"');
    }

    it("refuses a forged state", async () => {
      const before = await sessionCount();
      const b = new CookieBrowser(app);
      const { back } = await toCallback(b, "wordpress", wordpress);
      back.searchParams.set("state", "forged-state-forged-state-forged-state-0000");
      const message = await refused(await b.get(back), b);
      expect(message).toBe(
        "Sign-in with WordPress.com failed: this sign-in was not started in this browser, or it expired or was already completed; please start again.",
      );
      expect(await sessionCount()).toBe(before);
    });

    it("refuses a callback opened in another browser (login CSRF: the attacker's code in the victim's browser)", async () => {
      const before = await sessionCount();
      const attacker = new CookieBrowser(app);
      const { back } = await toCallback(attacker, "x", x);
      const victim = new CookieBrowser(app);
      expect(await refused(await victim.get(back), victim)).toMatch(/not started in this browser/);
      expect(await sessionCount()).toBe(before);
    });

    it("refuses a replayed callback", async () => {
      const b = new CookieBrowser(app);
      const { back } = await toCallback(b, "facebook", facebook);
      expect((await b.get(back)).status).toBe(303);
      const before = await sessionCount();
      const again = await b.get(back);
      expect(again.status).toBe(400);
      expect(again.headers.getSetCookie().some((c) => c.startsWith("dl_reader="))).toBe(false);
      expect(await sessionCount()).toBe(before);
    });

    it("refuses a replayed authorization code, even in a fresh sign-in, without sending it again", async () => {
      const b = new CookieBrowser(app);
      const first = await toCallback(b, "wordpress", wordpress);
      expect((await b.get(first.back)).status).toBe(303);
      const before = await sessionCount();
      const requests = wordpress.tokenRequests;

      const other = new CookieBrowser(app);
      const second = await toCallback(other, "wordpress", wordpress);
      second.back.searchParams.set("code", first.back.searchParams.get("code")!);
      expect(await refused(await other.get(second.back), other)).toBe(
        "Sign-in with WordPress.com failed: this sign-in link was already used; please start again.",
      );
      expect(wordpress.tokenRequests).toBe(requests);
      expect(await sessionCount()).toBe(before);
    });

    it("reports the provider's own refusal of a code (RFC 6749 invalid_grant), in its error format", async () => {
      const before = await sessionCount();
      for (const [slug, fake, expected] of [
        [
          "wordpress",
          wordpress,
          "Sign-in with WordPress.com failed: WordPress.com refused the sign-in (invalid_grant).",
        ],
        ["x", x, "Sign-in with X failed: X refused the sign-in (invalid_request)."],
        [
          "facebook",
          facebook,
          "Sign-in with Facebook failed: Facebook refused the sign-in (OAuthException-100-36009).",
        ],
      ] as const) {
        const b = new CookieBrowser(app);
        const { back } = await toCallback(b, slug, fake);
        back.searchParams.set("code", "a-code-the-provider-never-issued");
        expect(await refused(await b.get(back), b)).toBe(expected);
      }
      expect(await sessionCount()).toBe(before);
    });

    it("refuses when the reader denies access at the provider", async () => {
      const b = new CookieBrowser(app);
      const start = await b.get(`/auth/x/start?return=${encodeURIComponent(ARTICLE)}`);
      const back = await x.approve(locationOf(start).toString(), "deny");
      expect(back.searchParams.get("error")).toBe("access_denied");
      const res = await b.get(back);
      expect(await refused(res, b)).toBe("Sign-in with X failed: you did not allow the sign-in.");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    });

    it.each([
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example/",
      "/.//evil.example/",
      "javascript:alert(document.cookie)",
    ])("refuses to start with the return address %s", async (target) => {
      const b = new CookieBrowser(app);
      const res = await b.get(`/auth/wordpress/start?return=${encodeURIComponent(target)}`);
      expect(await refused(res, b)).toBe(
        "Sign-in with WordPress.com failed: the return address is not a page of this site.",
      );
      expect(res.headers.get("location")).toBeNull();
      expect(b.cookies.has("dl_signin")).toBe(false);
    });

    it("answers 404 for a provider that is not configured", async () => {
      const res = await new CookieBrowser(app).get("/auth/github/start?return=/");
      expect(res.status).toBe(404);
      expect(await res.text()).toContain("not offered on this site");
    });
  });

  describe("signing out", () => {
    async function signedIn(): Promise<CookieBrowser> {
      const b = new CookieBrowser(app);
      const { back } = await toCallback(b, "wordpress", wordpress);
      await b.get(back);
      return b;
    }

    it("shows who is signed in, with Log Out and Change", async () => {
      const b = await signedIn();
      const res = await b.get("/auth/");
      expect(res.headers.get("cache-control")).toBe("no-store");
      const html = await res.text();
      expect(html).toContain("You are commenting using your WordPress.com account.");
      expect(html).toContain("Amal Writer");
      expect(html).toMatch(/<form method="post" action="\/auth\/logout"/);
      expect(html).toContain(">Log Out</button>");
      expect(html).toContain(">Change</button>");
    });

    it("refuses a sign-out without the CSRF token, and keeps the session", async () => {
      const b = await signedIn();
      await b.get("/auth/"); // gets the CSRF cookie
      const session = b.cookies.get("dl_reader")!.value;
      const res = await b.post("/auth/logout", { return: "/" });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("Signing out failed");
      expect(await s.auth.currentReader({ dl_reader: session })).not.toBeNull();
      const forged = await b.post("/auth/logout", { return: "/", _csrf: "x".repeat(43) });
      expect(forged.status).toBe(403);
      expect(await s.auth.currentReader({ dl_reader: session })).not.toBeNull();
    });

    it("signs out with the token: session deleted, cookie cleared, back to the form", async () => {
      const b = await signedIn();
      const html = await (await b.get("/auth/")).text();
      const token = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
      const session = b.cookies.get("dl_reader")!.value;
      const res = await b.post("/auth/logout", { _csrf: token, return: ARTICLE, change: "1" });
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe(ARTICLE);
      expect(b.cookies.has("dl_reader")).toBe(false);
      expect(await s.auth.currentReader({ dl_reader: session })).toBeNull();
      const after = await (await b.get("/auth/")).text();
      expect(after).toContain("Log in with WordPress.com");
    });

    it("takes the comment form's return_to field as the way back", async () => {
      const b = await signedIn();
      const html = await (await b.get("/auth/")).text();
      const token = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
      const res = await b.post("/auth/logout", { _csrf: token, return_to: ARTICLE });
      expect(res.headers.get("location")).toBe(ARTICLE);
    });

    it("does not send a signed-out reader to another site", async () => {
      const b = await signedIn();
      const html = await (await b.get("/auth/")).text();
      const token = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
      const res = await b.post("/auth/logout", { _csrf: token, return: "//evil.example/" });
      expect(res.headers.get("location")).toBe("/");
    });
  });
});

describeEachDatabase("reader sign-in when the provider cannot be reached", (getDb) => {
  it("says so (502), and creates no session", async () => {
    const wordpress = await fakeWordPress({ id: "1", name: "N", username: "n" }).start();
    const env = wordpressEnv(wordpress);
    const config = loadConfig({
      DATELINE_SITE_URL: SITE,
      DATELINE_MEDIA_DIR: "/tmp/dateline-auth-test-media",
      ...env,
      // A port nothing listens on: the connection is refused.
      DATELINE_AUTH_WORDPRESS_TOKEN_URL: "http://127.0.0.1:9/oauth2/token",
    });
    const s = await createServices(config, { db: getDb().db, clock: new TestClock() });
    const b = new CookieBrowser(testApp(s));
    const start = await b.get("/auth/wordpress/start?return=/");
    const back = await wordpress.approve(locationOf(start).toString());
    const res = await b.get(back);
    expect(res.status).toBe(502);
    expect(await res.text()).toContain(
      "Sign-in with WordPress.com failed: WordPress.com could not be reached. Please try again in a moment.",
    );
    expect(b.cookies.has("dl_reader")).toBe(false);
    await wordpress.close();
  });
});
