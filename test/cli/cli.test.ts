// The command line as a user meets it: help everywhere, one-line reasons and non-zero exits on failure.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS, runCli } from "../../src/main.js";
import { exportJson, writeExportDir } from "../helpers/export-builder.js";

async function run(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: { ...env } });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("dateline CLI", () => {
  let env: Record<string, string>;

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dateline-cli-"));
    env = { DATELINE_DATABASE: path.join(dir, "site.db"), DATELINE_MEDIA_DIR: path.join(dir, "media") };
  });

  it("lists commands, and every command has --help", async () => {
    const top = await run(["--help"]);
    expect(top.code).toBe(0);
    for (const c of COMMANDS) {
      expect(top.out).toContain(c.name);
      const help = await run([c.name, "--help"], env);
      expect(help.code, c.name).toBe(0);
      expect(help.out).toContain(`usage: ${c.usage}`);
    }
  });

  it("fails with a one-line reason on unknown commands, flags and missing arguments", async () => {
    const unknown = await run(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "frobnicate"');
    const flag = await run(["import", "x", "--bogus"], env);
    expect(flag.code).toBe(2);
    expect(flag.err.split("\n")[0]).toMatch(/^dateline import: Unknown option '--bogus'/);
    const missing = await run(["import"], env);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("missing argument");
  });

  it("lists every configuration error at once, without echoing values", async () => {
    const r = await run(["migrate"], {
      DATELINE_DATABASE: "mysql://x",
      PORT: "70000",
      DATELINE_TIMEZONE: "Mars/Olympus",
      DATELINE_TELEGRAM_BOT_TOKEN: "not-a-token-value",
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain("DATELINE_DATABASE");
    expect(r.err).toContain("PORT");
    expect(r.err).toContain("DATELINE_TIMEZONE");
    expect(r.err).toContain("DATELINE_TELEGRAM_BOT_TOKEN");
    expect(r.err).not.toContain("not-a-token-value");
  });

  it("imports an export, sets and lists the channel, takes an article down and restores it", async () => {
    const dir = await writeExportDir(
      exportJson([
        {
          id: 1,
          date: 1613730360,
          text: ["Council opens a new library\nErbil – Riverside\n\nReaders queued from early morning."],
        },
      ]),
    );
    const first = await run(["import", dir], env);
    expect(first.code).toBe(2);
    expect(first.err).toContain("--channel");
    const imp = await run(["import", dir, "--channel", "riverside"], env);
    expect(imp.err).toBe("");
    expect(imp.code).toBe(0);
    expect(imp.out).toContain("1 articles created");
    const set = await run(
      ["channel", "set", "riverside", "--timezone", "Asia/Baghdad", "--cta", "Follow us on Telegram"],
      env,
    );
    expect(set.code).toBe(0);
    const list = await run(["channel", "list"], env);
    expect(list.out).toContain("@riverside");
    expect(list.out).toContain("Asia/Baghdad");
    expect(list.out).toContain("Follow us on Telegram");
    const badZone = await run(["channel", "set", "riverside", "--timezone", "Nowhere/Land"], env);
    expect(badZone.code).toBe(2);
    expect(badZone.err).toContain("IANA");
    const down = await run(["article", "takedown", "riverside/1"], env);
    expect(down.code).toBe(0);
    expect(down.out).toContain("taken down");
    const show = await run(["article", "show", "riverside/1"], env);
    expect(show.out).toContain("hidden");
    const up = await run(["article", "restore", "riverside/1"], env);
    expect(up.code).toBe(0);
    expect((await run(["article", "show", "riverside/1"], env)).out).toContain("published");
    const none = await run(["article", "show", "riverside/99"], env);
    expect(none.code).toBe(1);
  });

  it("fails on a truncated export with the byte position, storing nothing", async () => {
    const json = exportJson(
      [
        { id: 1, date: 1613730360, text: ["A post that will not be stored\n\nBody."] },
        { id: 2, date: 1613730960, text: ["Another one\n\nBody."] },
      ],
      { name: "Truncated", type: "public_channel", id: 2000000002 },
    );
    const dir = await writeExportDir(json.slice(0, json.length - 30));
    const r = await run(["import", dir, "--channel", "truncated"], env);
    expect(r.code).toBe(1);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/byte \d+/);
    const list = await run(["channel", "list"], env);
    expect(list.out).not.toContain("@truncated");
  });

  it("rejects a missing export path with a clear message", async () => {
    const r = await run(["import", "/nonexistent/export", "--channel", "riverside"], env);
    expect(r.code).toBe(1);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/nonexistent/);
  });
});
