import { readFile } from "node:fs/promises";
import { createServices, type Services } from "../compose/services.js";
import type { ChannelRow } from "../db/tables/index.js";
import { DatelineError } from "../shared/errors.js";
import { checkLanguage, type GlossaryChange, type GlossaryRowInput, parseCsv } from "../translation/index.js";
import { COMMON_HELP, type Command, str } from "./command.js";

async function channelOf(s: Services, username: string): Promise<ChannelRow> {
  const channel = await s.channels.byUsername(username.replace(/^@/, ""));
  if (!channel) throw new DatelineError("NOT_FOUND", `no channel @${username.replace(/^@/, "")}`);
  return channel;
}

function describe(c: GlossaryChange): string {
  const parts = [
    c.added ? `${c.added} added` : "",
    c.changed ? `${c.changed} changed` : "",
    c.removed ? `${c.removed} removed` : "",
    c.unchanged ? `${c.unchanged} unchanged` : "",
  ].filter(Boolean);
  const requeued = c.requeued
    ? `; ${c.requeued} article${c.requeued === 1 ? "" : "s"} queued to be translated again`
    : "";
  return `${parts.join(", ") || "nothing changed"}${requeued}`;
}

/** Rows of a glossary CSV: source,target[,language], with an optional header row. */
export function glossaryRows(csv: string, language: string | undefined): GlossaryRowInput[] {
  const rows = parseCsv(csv);
  if (rows[0] && /^(source|term|source term)$/i.test(rows[0][0]?.trim() ?? "")) rows.shift();
  return rows.map((r, i) => {
    const lang = r[2]?.trim() || language;
    if (r.length < 2) throw new DatelineError("USAGE", `row ${i + 1}: expected source,target[,language]`);
    if (!lang)
      throw new DatelineError("USAGE", `row ${i + 1} names no language: add a third column or --lang`);
    return { source: r[0] ?? "", target: r[1] ?? "", language: lang };
  });
}

export const glossaryCommand: Command = {
  name: "glossary",
  summary: "a channel's glossary for translated editions (glossary add|list|remove|import)",
  usage:
    "dateline glossary add <channel> <source term> <target term> --lang <code> | list <channel> [--lang <code>] | remove <channel> <source term> --lang <code> | import <channel> <file.csv> [--lang <code>]",
  help: `How names of people, places and organisations are written in each edition, whatever the
translator would make of them. Terms are found in the original with Arabic prefixes attached
(و، ف، ب، ك، ل، ال). A change queues the articles that contain the term for translation again;
only their paragraphs with the term are sent to the translator.

Subcommands:
  add <channel> <source> <target> --lang <code>   add a term, or change its rendering
  list <channel> [--lang <code>]                  show the glossary
  remove <channel> <source> --lang <code>         remove a term
  import <channel> <file.csv> [--lang <code>]     add or change many: rows of source,target[,language]
                                                  (a header row "source,target,language" is skipped)

Options:
  --lang <code>    the edition's language (en, fr, …)
${COMMON_HELP}

Example:
  dateline glossary add nasnews "ستولتنبرغ" "Jens Stoltenberg" --lang en`,
  options: { lang: { type: "string" } },
  positionals: [2, 4],
  async run(ctx) {
    const [sub, username, a, b] = ctx.positionals as [string, string, string?, string?];
    const lang = str(ctx.values.lang);
    const expect = (n: number) => {
      if (ctx.positionals.length !== n)
        throw new DatelineError("USAGE", `glossary ${sub} takes ${n - 1} arguments\nusage: ${this.usage}`);
    };
    const needLang = () => {
      if (!lang) throw new DatelineError("USAGE", `glossary ${sub} needs --lang <code>`);
      return checkLanguage(lang);
    };
    if (sub === "add") expect(4);
    else if (sub === "remove" || sub === "import") expect(3);
    else if (sub === "list") expect(2);
    else throw new DatelineError("USAGE", `unknown subcommand "${sub}"\nusage: ${this.usage}`);
    const rows =
      sub === "import" ? glossaryRows(await readCsv(a!), lang ? checkLanguage(lang) : undefined) : [];
    const s = await createServices(ctx.config());
    try {
      const channel = await channelOf(s, username);
      const g = s.translation.glossary;
      if (sub === "list") {
        const terms = await g.list(channel.id, lang ? checkLanguage(lang) : undefined);
        if (terms.length === 0)
          ctx.out(`@${channel.username} has no glossary terms${lang ? ` for ${lang}` : ""}`);
        for (const t of terms) ctx.out(`${t.language}\t${t.source_term}\t→ ${t.target_term}`);
        return 0;
      }
      if (sub === "add") ctx.out(describe(await g.add(channel, needLang(), a!, b!)));
      else if (sub === "remove") {
        const change = await g.remove(channel, needLang(), a!);
        if (change.removed === 0)
          throw new DatelineError("NOT_FOUND", `"${a}" is not in the ${lang} glossary`);
        ctx.out(describe(change));
      } else ctx.out(describe(await g.importRows(channel, rows)));
      return 0;
    } finally {
      await s.close();
    }
  },
};

async function readCsv(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    throw new DatelineError("USAGE", `cannot read ${file}: ${(e as Error).message}`);
  }
}
