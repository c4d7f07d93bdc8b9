// Comments that name a source file name one that exists: a moved or renamed file leaves no stale pointer
// behind ("see web/routes/media.ts" after the routes moved). A name with a folder must resolve from src/,
// from the repository root or from the commenting file's folder; a bare file name must exist somewhere.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SOURCE = /\.(ts|tsx)$/;
/** A file name in prose: optional folders, a name, a source extension. */
const REFERENCE = /(?<![\w./:-])((?:[\w.-]+\/)*[\w-]+\.(?:ts|tsx|js|mjs))(?![\w/])/g;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : walk(p);
    return [path.relative(ROOT, p).split(path.sep).join("/")];
  });
}

/** The comment text of a line: after "//" (not inside a URL), or a block comment's line. */
function commentOf(line: string): string | null {
  const t = line.trim();
  if (t.startsWith("*") || t.startsWith("/*")) return t;
  const i = line.search(/(?<!:)\/\//);
  return i === -1 ? null : line.slice(i + 2);
}

it("every file a comment in src/ names exists", () => {
  const files = ["src", "test", "bench", "bin"].flatMap((d) => walk(path.join(ROOT, d)));
  const known = new Set(files);
  const names = new Set(files.map((f) => path.posix.basename(f)));
  const exists = (from: string, ref: string): boolean => {
    const asTs = ref.replace(/\.js$/, ".ts");
    const candidates = [ref, asTs, asTs.replace(/\.ts$/, ".tsx")];
    if (!ref.includes("/")) return candidates.some((c) => names.has(c));
    const dir = path.posix.dirname(from);
    return candidates.some((c) =>
      [c, `src/${c}`, path.posix.normalize(`${dir}/${c}`)].some(
        (p) => known.has(p) || files.some((f) => f.endsWith(`/${p}`)),
      ),
    );
  };
  const stale: string[] = [];
  for (const file of files.filter((f) => f.startsWith("src/") && SOURCE.test(f))) {
    readFileSync(path.join(ROOT, file), "utf8")
      .split("\n")
      .forEach((line, i) => {
        const comment = commentOf(line);
        if (!comment) return;
        for (const m of comment.matchAll(REFERENCE)) {
          if (!exists(file, m[1]!)) stale.push(`${file}:${i + 1}: ${m[1]}`);
        }
      });
  }
  expect(stale).toEqual([]);
});
