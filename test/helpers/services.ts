import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServices, type Services } from "../../src/compose/services.js";
import { createSiteApp } from "../../src/compose/web-app.js";
import { loadConfig } from "../../src/config/load.js";
import type { Db } from "../../src/db/connect.js";
import type { Clock } from "../../src/shared/clock.js";
import { silentLogger } from "../../src/shared/logger.js";

export class TestClock implements Clock {
  constructor(public t = 1_700_000_000) {}
  now(): number {
    return this.t;
  }
}

/** Services over a test database, with a temporary media folder and a controllable clock. */
export async function testServices(
  db: Db,
  env: Record<string, string> = {},
): Promise<Services & { testClock: TestClock }> {
  const mediaDir = await mkdtemp(path.join(tmpdir(), "dateline-media-"));
  const config = loadConfig({
    DATELINE_MEDIA_DIR: mediaDir,
    DATELINE_SITE_URL: "https://news.example.org",
    ...env,
  });
  const testClock = new TestClock();
  const services = await createServices(config, { db, clock: testClock, log: silentLogger });
  return { ...services, testClock };
}

export function testApp(s: Services) {
  return createSiteApp(s);
}
