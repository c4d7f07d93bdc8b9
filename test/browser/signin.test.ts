// Reader sign-in in a real browser (Debian's Chromium through playwright-core) against the real server and
// local WordPress.com and X providers: with JavaScript in a popup ("Connecting to …", the popup closes, the
// form refreshes), Change to another account, Log Out; without JavaScript by full-page redirects back to
// the form. No page may break the Content-Security-Policy.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Services } from "../../src/compose/services.js";
import { createSiteApp } from "../../src/compose/web-app.js";
import { type RunningServer, startServer } from "../../src/web/server.js";
import { openTestDatabase, type TestDb } from "../helpers/databases.js";
import type { FakeOAuthServer } from "../helpers/fake-idp/fake-oauth-server.js";
import { fakeWordPress, wordpressEnv } from "../helpers/fake-idp/wordpress.js";
import { fakeX, xEnv } from "../helpers/fake-idp/x.js";
import { testServices } from "../helpers/services.js";
import { CHROMIUM, CHROMIUM_ARGS, describeInChromium } from "./chromium.js";

/** A free port on 127.0.0.1: the site's address (its OAuth redirect URIs) must be known before it starts. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", () => resolve()));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describeInChromium("reader sign-in in Chromium", () => {
  const wordpress = fakeWordPress({ id: "7001", name: "Amal Writer", username: "amalwrites" });
  const x = fakeX({ id: "2244994945", name: "Karim", username: "karim_news" });
  const dirs: string[] = [];
  const cspViolations: string[] = [];
  let testDb: TestDb;
  let services: Services;
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    await Promise.all([wordpress.start(), x.start()]);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    testDb = await openTestDatabase("sqlite");
    services = await testServices(testDb.db, {
      DATELINE_SITE_URL: base,
      ...wordpressEnv(wordpress),
      ...xEnv(x),
    });
    (services as Services & { testClock: { t: number } }).testClock.t = Math.floor(Date.now() / 1000);
    server = await startServer(createSiteApp(services), services.cache, port, "127.0.0.1");
  });

  afterAll(async () => {
    await server?.close();
    await testDb?.db.close();
    await Promise.all([wordpress.close(), x.close()]);
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  async function browser(javaScriptEnabled: boolean): Promise<BrowserContext> {
    const dir = await mkdtemp(path.join(tmpdir(), "dateline-chromium-"));
    dirs.push(dir);
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      javaScriptEnabled,
    });
    context.on("console", (m) => {
      if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    return context;
  }

  const identityLine = (page: Page) => page.locator("#respond .reader-account");

  /** Clicks a sign-in link and approves in the popup; returns once the popup has closed. */
  async function signInWithPopup(page: Page, linkText: string, fake: FakeOAuthServer): Promise<string> {
    // The popup's first page moves on at once (meta refresh): read it as it passes through.
    let connecting = "";
    const isStart = (u: URL) => u.pathname.endsWith("/start") && u.searchParams.get("popup") === "1";
    await page.context().route(isStart, async (route) => {
      const response = await route.fetch();
      connecting = await response.text();
      await route.fulfill({ response });
    });
    const [popup] = await Promise.all([page.waitForEvent("popup"), page.getByText(linkText).click()]);
    await popup.waitForURL((u) => u.origin === fake.url);
    await popup.getByRole("button", { name: "Approve" }).click();
    await popup.waitForEvent("close", { timeout: 15_000 });
    await page.context().unroute(isStart);
    return connecting;
  }

  it("signs in through a popup, changes account, and logs out", async () => {
    const context = await browser(true);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${base}/auth/`);
      await expect.poll(() => page.getByText("Log in with WordPress.com").count()).toBe(1);
      // A mark on this very document: it survives an in-place refresh of the form, not a reload.
      await page.evaluate(() => {
        (globalThis as { signInMark?: number }).signInMark = 1;
      });

      const connecting = await signInWithPopup(page, "Log in with WordPress.com", wordpress);
      expect(connecting).toContain("Connecting to WordPress.com…");
      // The opener stayed where it was and refreshed its form in place.
      await expect
        .poll(() => identityLine(page).textContent())
        .toBe("You are commenting using your WordPress.com account.");
      expect(page.url()).toBe(`${base}/auth/`);
      expect(await page.evaluate(() => (globalThis as { signInMark?: number }).signInMark)).toBe(1);
      await expect.poll(() => page.locator("#respond .reader-name").textContent()).toBe("Amal Writer");
      const cookies = await context.cookies(base);
      const session = cookies.find((c) => c.name === "dl_reader");
      expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

      // Change: signs out and offers the providers again; sign in with X this time.
      await page.getByRole("button", { name: "Change" }).click();
      await expect.poll(() => page.getByText("Log in with X").count()).toBe(1);
      await signInWithPopup(page, "Log in with X", x);
      await expect
        .poll(() => identityLine(page).textContent())
        .toBe("You are commenting using your X account.");
      await expect.poll(() => page.locator("#respond .reader-name").textContent()).toBe("Karim");

      // Log Out.
      await page.getByRole("button", { name: "Log Out" }).click();
      await expect.poll(() => page.getByText("Log in with WordPress.com").count()).toBe(1);
      expect((await context.cookies(base)).some((c) => c.name === "dl_reader")).toBe(false);
    } finally {
      await context.close();
    }
  });

  it("signs in without JavaScript by redirects, back to the form", async () => {
    const context = await browser(false);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${base}/auth/`);
      await page.getByText("Log in with X").click();
      await page.waitForURL((u) => u.origin === x.url);
      await page.getByRole("button", { name: "Approve" }).click();
      await page.waitForURL(`${base}/auth/#respond`);
      expect(await identityLine(page).textContent()).toBe("You are commenting using your X account.");

      await page.getByRole("button", { name: "Log Out" }).click();
      await page.waitForURL(`${base}/auth/#respond`);
      expect(await page.getByText("Log in with X").count()).toBe(1);
      expect(await identityLine(page).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("a refused sign-in in the popup says why and creates no session", async () => {
    const context = await browser(true);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${base}/auth/`);
      const [popup] = await Promise.all([
        page.waitForEvent("popup"),
        page.getByText("Log in with X").click(),
      ]);
      await popup.waitForURL((u) => u.origin === x.url);
      await popup.getByRole("button", { name: "Deny" }).click();
      await popup.waitForURL((u) => u.pathname === "/auth/x/callback");
      expect(await popup.locator(".signin-error").textContent()).toBe(
        "Sign-in with X failed: you did not allow the sign-in.",
      );
      const close = popup.getByRole("button", { name: "Close this window" });
      expect(await close.isVisible()).toBe(true);
      await Promise.all([popup.waitForEvent("close"), close.click()]);
      expect((await context.cookies(base)).some((c) => c.name === "dl_reader")).toBe(false);
      expect(await page.getByText("Log in with X").count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it("broke no Content-Security-Policy rule on any page", () => {
    expect(cspViolations).toEqual([]);
  });
});
