// `dateline search status|reindex`: the index's state, and a rebuild of an emptied index.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/connect.js";
import { runCli } from "../../src/main.js";
import { createSearchIndex } from "../../src/store/search/create-search-index.js";
import { type ExportMessageSpec, exportJson, writeExportDir } from "../helpers/export-builder.js";

const BASE = Date.UTC(2024, 4, 1) / 1000;
const POSTS: ExportMessageSpec[] = Array.from({ length: 12 }, (_, i) => ({
  id: i + 1,
  date: BASE + i * 3600,
  text: [
    `Harbour report number ${i + 1}\n\nShips waited at the harbour for ${i + 1} days, pilot${i + 1} said.`,
  ],
}));

describe("dateline search (CLI)", () => {
  it("reports the index and rebuilds it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dateline-search-cli-"));
    const env = { DATELINE_DATABASE: path.join(dir, "site.db"), DATELINE_MEDIA_DIR: path.join(dir, "media") };
    const out: string[] = [];
    const err: string[] = [];
    const run = (argv: string[]) =>
      runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: { ...env } });

    const exportDir = await writeExportDir(exportJson(POSTS));
    expect(await run(["import", exportDir, "--channel", "harbour", "--no-worker"])).toBe(0);
    expect(await run(["search", "status"])).toBe(0);
    expect(out.at(-1)).toBe("12 articles indexed, 12 published");

    // A database from before search: articles, and an empty index.
    const db = await openDatabase(env.DATELINE_DATABASE);
    const index = createSearchIndex(db);
    await index.remove(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await index.count()).toBe(0);
    await db.close();

    expect(await run(["search", "reindex"])).toBe(0);
    expect(out.at(-1)).toBe("search index rebuilt: 12 articles indexed");
    expect(await run(["search", "status"])).toBe(0);
    expect(out.at(-1)).toBe("12 articles indexed, 12 published");

    expect(await run(["search", "rebuild"])).toBe(2);
    expect(err.at(-1)).toContain('unknown subcommand "rebuild"');
  });
});
