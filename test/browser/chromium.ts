// Headless Chromium for browser tests: Debian's /usr/bin/chromium (never a downloaded browser), a fresh
// profile per context (a temporary user-data-dir, removed on close), no background network of its own.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { describe, it } from "vitest";

export const CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface ChromiumContext {
  context: BrowserContext;
  close(): Promise<void>;
}

type ContextOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

export async function openChromium(options: ContextOptions = {}): Promise<ChromiumContext> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), "dateline-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Declares a suite that needs Chromium. Without it the suite is skipped with a notice on a developer's
 * machine, and fails in CI (CI=true), as the PostgreSQL half of the store tests does: .ci/run installs it.
 */
export function describeInChromium(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(`Chromium is required in CI but ${CHROMIUM} is missing (apt-get install chromium)`);
      });
    });
    return;
  }
  console.warn(`\n⚠  ${CHROMIUM} not found: browser tests "${name}" are SKIPPED.\n`);
  describe.skip(name, body);
}
