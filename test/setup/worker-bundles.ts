// Vitest global setup: bundles the TypeScript worker entries (see src/shared/worker-url.ts) so that tests
// start real worker threads from the current sources.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Worker entries, by the name workerUrl() is given. */
const ENTRIES = {
  "scan-worker": "src/telegram/export/scan-worker.ts",
  "prepare-worker": "src/ingest/prepare-worker.ts",
  "message-facts": "src/ingest/message-facts.ts",
  "checkpoint-worker": "src/db/checkpoint-worker.ts",
};

export default async function setup(): Promise<void> {
  // Inside node_modules, so the bundles resolve packages (kept external) from the project's node_modules.
  const outdir = path.join(root, "node_modules/.cache/dateline-workers");
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(
      Object.entries(ENTRIES).map(([name, file]) => [name, path.join(root, file)]),
    ),
    outdir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "inline",
    logLevel: "warning",
  });
  process.env.DATELINE_WORKER_BUNDLES = outdir;
}
