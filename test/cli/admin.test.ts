// `dateline admin`: editors created from the command line, the password never a flag value.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { makeAdminCommand } from "../../src/cli/admin.js";
import { readFirstLine } from "../../src/cli/read-password.js";
import { openDatabase } from "../../src/db/connect.js";
import { runCli } from "../../src/main.js";

const PASSWORD = "correct horse battery staple";

describe("dateline admin", () => {
  it("creates an editor from standard input or the terminal prompt, never from a flag", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dateline-admin-"));
    const database = path.join(dir, "site.db");
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), env: {} };
    const fromStdin = makeAdminCommand({ stdin: async () => PASSWORD, prompt: async () => "unused" });
    const ctx = (args: string[]) => ({
      values: { database, "password-stdin": args.includes("--password-stdin") },
      positionals: args.filter((a) => !a.startsWith("--")),
      env: {},
      out: io.out,
      config: () => ({ database }) as never,
    });
    expect(await fromStdin.run(ctx(["create", "Editor1", "--password-stdin"]))).toBe(0);
    const prompts: string[] = [];
    const fromTty = makeAdminCommand({
      stdin: async () => "",
      prompt: async (q) => {
        prompts.push(q);
        return PASSWORD;
      },
    });
    expect(await fromTty.run(ctx(["create", "editor2"]))).toBe(0);
    expect(prompts).toEqual(["New password: ", "Repeat it: "]);
    await expect(fromStdin.run(ctx(["create", "editor1", "--password-stdin"]))).rejects.toThrow(
      /exists already/,
    );
    const short = makeAdminCommand({ stdin: async () => "short", prompt: async () => "short" });
    await expect(short.run(ctx(["create", "editor3", "--password-stdin"]))).rejects.toThrow(/at least 12/);

    const db = await openDatabase(database);
    const rows = await db.kysely
      .selectFrom("editors")
      .select(["username", "password_hash"])
      .orderBy("username")
      .execute();
    await db.close();
    expect(rows.map((r) => r.username)).toEqual(["editor1", "editor2"]);
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    expect(lines.join("\n")).not.toContain(PASSWORD);

    // The real CLI knows the command, and has no option that takes a password.
    const help: string[] = [];
    expect(await runCli(["admin", "--help"], { out: (l) => help.push(l), env: {} })).toBe(0);
    expect(help.join("\n")).toContain("--password-stdin");
    expect(await runCli(["admin", "create", "x", "--password", "secret"], { err: () => {}, env: {} })).toBe(
      2,
    );
  });

  it("reads the first line of standard input", async () => {
    expect(await readFirstLine(Readable.from(["pass", "word\r\nrest"]))).toBe("password");
    expect(await readFirstLine(Readable.from(["no newline"]))).toBe("no newline");
  });
});
