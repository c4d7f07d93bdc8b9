// Access to ../shared (reference fixtures beside the project). Tests that use it skip when it is absent.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Absolute path of ../shared, or null when it is not beside the project. */
export const sharedDir: string | null = (() => {
  const dir = process.env.DATELINE_SHARED_DIR ?? path.resolve(repoRoot, "../shared");
  return existsSync(dir) ? dir : null;
})();

export function sharedPath(...parts: string[]): string {
  if (!sharedDir) throw new Error("../shared is not available");
  return path.join(sharedDir, ...parts);
}
