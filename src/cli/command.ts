import { type ParseArgsConfig, parseArgs } from "node:util";
import { loadConfig } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { DatelineError } from "../shared/errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface CommandContext {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  /** Loads the configuration from the environment, with the command's flags applied. */
  config: (overrides?: Record<string, unknown>) => Config;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Help text after the usage line: options and examples. */
  help: string;
  options: Options;
  /** Positional arguments: [min, max]. */
  positionals: [number, number];
  run(ctx: CommandContext): Promise<number>;
}

/** Flags every command takes, for the settings they all need. */
export const COMMON_OPTIONS: Options = {
  database: { type: "string" },
  "media-dir": { type: "string" },
  help: { type: "boolean", short: "h" },
};

export const COMMON_HELP = `
Common options:
  --database <path|url>   SQLite file or postgres:// URL (env DATELINE_DATABASE, default ./data/dateline.db)
  --media-dir <dir>       where media files are stored (env DATELINE_MEDIA_DIR, default ./data/media)
  -h, --help              show this help`;

export function parseCommand(cmd: Command, argv: string[]) {
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...cmd.options },
      allowPositionals: true,
      strict: true,
    });
    return parsed as { values: CommandContext["values"]; positionals: string[] };
  } catch (e) {
    throw new DatelineError(
      "USAGE",
      `${(e as Error).message.replace(/\. To specify a positional.*$/, "")}\nusage: ${cmd.usage}`,
    );
  }
}

export function makeContext(
  cmd: Command,
  argv: string[],
  env: NodeJS.ProcessEnv,
  out: (line: string) => void,
): CommandContext | "help" {
  const { values, positionals } = parseCommand(cmd, argv);
  if (values.help) return "help";
  const [min, max] = cmd.positionals;
  if (positionals.length < min || positionals.length > max) {
    throw new DatelineError(
      "USAGE",
      `${positionals.length < min ? "missing argument" : `unexpected argument "${positionals[max]}"`}\nusage: ${cmd.usage}`,
    );
  }
  return {
    values,
    positionals,
    env,
    out,
    config: (overrides = {}) =>
      loadConfig(env, {
        database: values.database,
        mediaDir: values["media-dir"],
        ...overrides,
      }),
  };
}

export function str(v: string | boolean | string[] | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}
