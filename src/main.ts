// The composition root and command line. `dateline <command>` starts one role (serve, import, …);
// each command builds what it needs through createServices and passes it in.
import { fileURLToPath } from "node:url";
import { adminCommand } from "./cli/admin.js";
import { articleCommand } from "./cli/article.js";
import { channelCommand } from "./cli/channel.js";
import { type Command, makeContext } from "./cli/command.js";
import { demoCommand } from "./cli/demo.js";
import { followCommand } from "./cli/follow.js";
import { glossaryCommand } from "./cli/glossary.js";
import { importCommand } from "./cli/import.js";
import { migrateCommand } from "./cli/migrate.js";
import { searchCommand } from "./cli/search.js";
import { serveCommand } from "./cli/serve.js";
import { telegramCommand } from "./cli/telegram.js";
import { translateCommand } from "./cli/translate.js";
import { describeError, isDatelineError } from "./shared/errors.js";

export const COMMANDS: Command[] = [
  serveCommand,
  importCommand,
  followCommand,
  channelCommand,
  articleCommand,
  telegramCommand,
  migrateCommand,
  demoCommand,
  searchCommand,
  translateCommand,
  glossaryCommand,
  adminCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Dateline: a Telegram channel's posts as a news website.",
    "",
    "usage: dateline <command> [options]      (dateline <command> --help for a command's options)",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join("\n");
}

export interface CliIo {
  out?: (line: string) => void;
  err?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** Runs the CLI; returns the exit code. Failures print one line (or a short list) and return non-zero. */
export async function runCli(argv: string[], io: CliIo = {}): Promise<number> {
  const out = io.out ?? ((l: string) => process.stdout.write(`${l}\n`));
  const err = io.err ?? ((l: string) => process.stderr.write(`${l}\n`));
  const env = io.env ?? process.env;
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    out(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    err(`dateline: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    const ctx = makeContext(cmd, rest, env, out);
    if (ctx === "help") {
      out(`usage: ${cmd.usage}\n\n${cmd.summary}\n\n${cmd.help}`);
      return 0;
    }
    return await cmd.run(ctx);
  } catch (e) {
    err(`dateline ${name}: ${describeError(e)}`);
    if (!isDatelineError(e) && env.DATELINE_DEBUG) err(String((e as Error).stack));
    return isDatelineError(e) && e.code === "USAGE" ? 2 : 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await runCli(process.argv.slice(2));
}
