// Where a worker thread's script is. Node 20 cannot start a worker from a TypeScript file, so a worker
// written in TypeScript runs from its compiled sibling (dist/…/name.js). Tests run from the sources, where
// no such sibling exists: test/setup/worker-bundles.ts bundles each worker entry once per test run and
// names the folder in DATELINE_WORKER_BUNDLES.
import path from "node:path";
import { pathToFileURL } from "node:url";

export function workerUrl(name: string, base: string): URL {
  if (!base.endsWith(".ts")) return new URL(`./${name}.js`, base);
  const bundles = process.env.DATELINE_WORKER_BUNDLES;
  if (!bundles) {
    throw new Error(
      `the ${name} worker runs from compiled code: run \`npm run build\` and start dist/, or run the tests with vitest`,
    );
  }
  return pathToFileURL(path.join(bundles, `${name}.js`));
}
