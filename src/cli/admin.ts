// `dateline admin create|password|list`: editors who moderate comments at /admin. Passwords are asked on
// the terminal (twice) or read from standard input with --password-stdin; never taken as a flag's value.
import { AdminAuth } from "../admin/index.js";
import { systemClock } from "../shared/clock.js";
import { DatelineError } from "../shared/errors.js";
import { silentLogger } from "../shared/logger.js";
import { type EditorStore, openEditorStore } from "../store/admin/editor-store.js";
import { COMMON_HELP, type Command, type CommandContext } from "./command.js";
import { promptHidden, readFirstLine } from "./read-password.js";

export interface PasswordSource {
  stdin: () => Promise<string>;
  prompt: (question: string) => Promise<string>;
}

const processSource: PasswordSource = {
  stdin: () => readFirstLine(process.stdin),
  prompt: (q) => promptHidden(q, process.stdin, process.stderr),
};

async function readNewPassword(ctx: CommandContext, source: PasswordSource): Promise<string> {
  if (ctx.values["password-stdin"]) return source.stdin();
  const first = await source.prompt("New password: ");
  const again = await source.prompt("Repeat it: ");
  if (first !== again) throw new DatelineError("USAGE", "the two passwords differ");
  return first;
}

export function makeAdminCommand(source: PasswordSource = processSource): Command {
  return {
    name: "admin",
    summary: "manage the editors who moderate comments at /admin",
    usage: "dateline admin create <username> | password <username> | list  [--password-stdin]",
    help: `Commands:
  create <username>     adds an editor; asks for the password (twice)
  password <username>   sets a new password (and signs the editor out everywhere)
  list                  shows the editors

Options:
  --password-stdin      read the password from the first line of standard input instead of asking
${COMMON_HELP}

Example:
  dateline admin create amira
  printf '%s\\n' "$PASSWORD" | dateline admin create amira --password-stdin`,
    options: { "password-stdin": { type: "boolean" } },
    positionals: [1, 2],
    async run(ctx) {
      const [action, username] = ctx.positionals;
      if (action !== "list" && action !== "create" && action !== "password")
        throw new DatelineError("USAGE", `unknown admin command "${action}"\nusage: ${this.usage}`);
      if (action !== "list" && !username)
        throw new DatelineError("USAGE", `missing <username>\nusage: ${this.usage}`);
      const { editors, close } = await openEditorStore(ctx.config().database);
      try {
        if (action === "list") await listEditors(ctx, editors);
        else await setEditorPassword(ctx, editors, action, username!, await readNewPassword(ctx, source));
        return 0;
      } finally {
        await close();
      }
    },
  };
}

async function listEditors(ctx: CommandContext, editors: EditorStore): Promise<void> {
  const rows = await editors.list();
  if (rows.length === 0) ctx.out("no editors yet: dateline admin create <username>");
  for (const r of rows) {
    const last = r.last_login_at ? new Date(r.last_login_at * 1000).toISOString() : "never";
    ctx.out(`${r.username}\tlast signed in: ${last}`);
  }
}

/** Creates the editor, or sets a new password; the feature's refusals (a taken name, a short password) are usage errors. */
async function setEditorPassword(
  ctx: CommandContext,
  editors: EditorStore,
  action: "create" | "password",
  username: string,
  password: string,
): Promise<void> {
  const auth = new AdminAuth(editors, systemClock, silentLogger);
  try {
    if (action === "create") await auth.createEditor(username, password);
    else await auth.setPassword(username, password);
  } catch (e) {
    if (e instanceof DatelineError) throw e;
    throw new DatelineError("USAGE", (e as Error).message);
  }
  ctx.out(
    action === "create" ? `editor ${username.toLowerCase()} created: sign in at /admin` : "password changed",
  );
}

export const adminCommand: Command = makeAdminCommand();
