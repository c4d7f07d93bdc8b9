// Serves a database for the benchmark in its own process (as a deployment would). Prints "ready <port>".

import { createServices } from "../src/compose/services.js";
import { createSiteApp } from "../src/compose/web-app.js";
import { loadConfig } from "../src/config/load.js";
import { silentLogger } from "../src/shared/logger.js";
import { startServer } from "../src/web/server.js";

const [database, mediaDir] = process.argv.slice(2) as [string, string];
const s = await createServices(loadConfig({ DATELINE_DATABASE: database, DATELINE_MEDIA_DIR: mediaDir }), {
  log: silentLogger,
});
const app = createSiteApp(s);
const running = await startServer(app, s.cache, 0, "127.0.0.1");
process.stdout.write(`ready ${running.port}\n`);
