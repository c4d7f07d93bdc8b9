// Sign-in with Telegram through the routes: the widget page (its CSP opened to Telegram's origins only),
// the widget's redirect with signed data, and refusals of stale, forged, replayed or unbound logins.
import type { Hono } from "hono";
import { beforeAll, expect, it } from "vitest";
import type { Services } from "../../../src/compose/services.js";
import { BOT_TOKEN, BOT_USERNAME, loginFields, signedLogin } from "../../auth/telegram-data.js";
import { describeEachDatabase } from "../../helpers/databases.js";
import { type TestClock, testApp, testServices } from "../../helpers/services.js";
import { CookieBrowser, SITE } from "./cookie-browser.js";

const RETURN = "/2021/02/19/ministers-agree/#respond";

describeEachDatabase("reader sign-in with Telegram", (getDb) => {
  let s: Services & { testClock: TestClock };
  let app: Hono;

  beforeAll(async () => {
    s = await testServices(getDb().db, {
      DATELINE_TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      DATELINE_TELEGRAM_BOT_USERNAME: `@${BOT_USERNAME}`,
    });
    app = testApp(s);
  });

  const now = () => s.testClock.t;

  async function started(popup = false): Promise<CookieBrowser> {
    const b = new CookieBrowser(app);
    const res = await b.get(
      `/auth/telegram/start?return=${encodeURIComponent(RETURN)}${popup ? "&popup=1" : ""}`,
    );
    expect(res.status).toBe(200);
    return b;
  }

  const callback = (query: URLSearchParams) => `/auth/telegram/callback?${query}`;

  it("is offered only with both the bot token and the bot's username", async () => {
    expect(s.auth.options().map((o) => o.id)).toEqual(["telegram"]);
    const tokenOnly = await testServices(getDb().db, { DATELINE_TELEGRAM_BOT_TOKEN: BOT_TOKEN });
    expect(tokenOnly.auth.options()).toEqual([]);
  });

  it("shows Telegram's widget, pointed back at our callback, with a CSP that allows only Telegram", async () => {
    const b = new CookieBrowser(app);
    const res = await b.get(`/auth/telegram/start?return=${encodeURIComponent(RETURN)}&popup=1`);
    const html = await res.text();
    expect(html).toContain("Connecting to Telegram…");
    expect(html).toContain('src="https://telegram.org/js/telegram-widget.js?22"');
    expect(html).toContain(`data-telegram-login="${BOT_USERNAME}"`);
    expect(html).toContain(`data-auth-url="${SITE}/auth/telegram/callback"`);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self' https://telegram.org;");
    expect(csp).toContain("frame-src https://oauth.telegram.org");
    expect(csp).not.toContain("unsafe-inline");
    expect(b.attributes("dl_signin")).toEqual(
      expect.arrayContaining(["httponly", "samesite=lax", "path=/auth/"]),
    );
  });

  it("signs in with genuine widget data and comes back to the form", async () => {
    const b = await started();
    const res = await b.get(callback(signedLogin(loginFields(now() - 5))));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(RETURN);
    expect(await s.auth.currentReader({ dl_reader: b.cookies.get("dl_reader")!.value })).toMatchObject({
      provider: "telegram",
      subject: "987654321",
      displayName: "Layla Hassan",
      profileUrl: "https://t.me/layla_h",
    });
  });

  it("in a popup, ends on the page that tells the opener", async () => {
    const b = await started(true);
    const res = await b.get(callback(signedLogin({ ...loginFields(now() - 1), id: "555" })));
    expect(res.headers.get("location")).toBe(`/auth/done?return=${encodeURIComponent(RETURN)}`);
  });

  async function refusal(b: CookieBrowser, query: URLSearchParams): Promise<string> {
    const res = await b.get(callback(query));
    expect(res.status).toBe(400);
    expect(b.cookies.has("dl_reader")).toBe(false);
    return (await res.text()).replaceAll("&#39;", "'");
  }

  it("refuses a stale login", async () => {
    const b = await started();
    expect(await refusal(b, signedLogin({ ...loginFields(now() - 3600), id: "556" }))).toContain(
      "Sign-in with Telegram failed: the login is too old; please sign in again.",
    );
  });

  it("refuses a forged login", async () => {
    const b = await started();
    const forged = signedLogin(loginFields(now()), "999999:another-bot-token-entirely-000000000");
    expect(await refusal(b, forged)).toContain(
      "Sign-in with Telegram failed: the login data could not be verified as coming from Telegram.",
    );
  });

  it("refuses a replayed login, even in a new sign-in", async () => {
    const data = signedLogin({ ...loginFields(now()), id: "557" });
    const first = await started();
    expect((await first.get(callback(data))).status).toBe(303);
    const second = await started();
    expect(await refusal(second, data)).toContain("this login was already used");
  });

  it("refuses genuine data in a browser that did not start a Telegram sign-in", async () => {
    const b = new CookieBrowser(app);
    expect(await refusal(b, signedLogin({ ...loginFields(now()), id: "558" }))).toContain(
      "this sign-in was not started in this browser",
    );
  });
});
