import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { urlPathOf } from "../articles/permalink.js";
import { createServices, type Services } from "../compose/services.js";
import { DatelineError } from "../shared/errors.js";
import { createProgress } from "../shared/progress.js";
import {
  checkLanguage,
  DATELINE_OUTLET,
  DATELINE_PLACE,
  editionUrl,
  findArticleRef,
  formatEditorFile,
  HEADLINE,
  htmlToText,
  parseEditorFile,
  unitLabel,
} from "../translation/index.js";
import { COMMON_HELP, type Command, type CommandContext, str } from "./command.js";

const SUBCOMMANDS = ["stats", "backfill", "run", "edit", "review"] as const;

export const translateCommand: Command = {
  name: "translate",
  summary: "translated editions: stats, backfill, run, edit, review",
  usage:
    "dateline translate stats | backfill --lang <code> [--channel <username>] | run | edit <ref> --lang <code> [--paragraph <n> | --headline | --place | --outlet] [--text <text>] | review [<ref> --lang <code> --paragraph <n> --accept]",
  help: `Subcommands:
  stats                    characters and requests sent to each translator, memory reuse, the queue,
                           editions per language, corrections waiting for review
  backfill --lang <code>   translate the back catalogue into an edition, with a progress bar
                           (--channel <username> for one channel; default every channel with that edition)
  run                      work the translation queue once, in the foreground (serve does this by itself)
  edit <ref> --lang <code> correct a translation: --text replaces one unit (--paragraph N, --headline,
                           --place or --outlet); without --text, $EDITOR opens the whole edition (or the
                           unit named). A correction is kept until the original paragraph changes.
  review                   corrections set aside because the original paragraph changed since;
                           review <ref> --lang <code> --paragraph N --accept keeps the new machine translation

<ref> is a permalink of the original or of an edition (/en/2021/02/19/slug/), or <channel>/<message id>.
Paragraphs may use <strong>, <em> and <a href="…">; a bare <a>…</a> keeps the paragraph's link there.

Options:
  --lang <code>       edition language (en, fr, …)
  --channel <name>    backfill: one channel only
  --paragraph <n>     body paragraph number, from 1
  --headline, --place, --outlet   the headline, the dateline's place or its outlet
  --text <text>       the corrected text
  --by <name>         who made the correction (default $USER)
  --accept            review: accept the machine translation of a flagged unit
${COMMON_HELP}`,
  options: {
    lang: { type: "string" },
    channel: { type: "string" },
    paragraph: { type: "string" },
    headline: { type: "boolean" },
    place: { type: "boolean" },
    outlet: { type: "boolean" },
    text: { type: "string" },
    by: { type: "string" },
    accept: { type: "boolean" },
  },
  positionals: [1, 2],
  async run(ctx) {
    const [sub, ref] = ctx.positionals as [string, string?];
    if (!(SUBCOMMANDS as readonly string[]).includes(sub))
      throw new DatelineError("USAGE", `unknown subcommand "${sub}"\nusage: ${this.usage}`);
    if ((sub === "edit" || (sub === "review" && ctx.values.accept)) && !ref)
      throw new DatelineError("USAGE", `translate ${sub} needs an article (permalink or channel/id)`);
    const s = await createServices(ctx.config());
    try {
      if (sub === "stats") return await stats(ctx, s);
      if (sub === "backfill") return await backfill(ctx, s);
      if (sub === "run") return await runQueue(ctx, s);
      if (sub === "edit") return await edit(ctx, s, ref!);
      return await review(ctx, s, ref);
    } finally {
      await s.close();
    }
  },
};

function requireLang(ctx: CommandContext): string {
  const lang = str(ctx.values.lang);
  if (!lang) throw new DatelineError("USAGE", "--lang <code> is required (the edition's language, e.g. en)");
  return checkLanguage(lang);
}

function positionOf(ctx: CommandContext): number | undefined {
  const v = ctx.values;
  const chosen = [v.headline, v.place, v.outlet, v.paragraph !== undefined].filter(Boolean).length;
  if (chosen > 1)
    throw new DatelineError("USAGE", "name one unit: --paragraph N, --headline, --place or --outlet");
  if (v.headline) return HEADLINE;
  if (v.place) return DATELINE_PLACE;
  if (v.outlet) return DATELINE_OUTLET;
  const p = str(v.paragraph);
  if (p === undefined) return undefined;
  if (!/^[1-9][0-9]{0,3}$/.test(p))
    throw new DatelineError("USAGE", `--paragraph: "${p}" is not a paragraph number (1, 2, …)`);
  return Number(p);
}

const number = (n: number) => n.toLocaleString("en-US");

async function stats(ctx: CommandContext, s: Services): Promise<number> {
  const st = await s.translation.stats();
  ctx.out(`translator: ${st.provider ?? "none (set DATELINE_TRANSLATOR)"}`);
  ctx.out("characters sent            total   last 30 days   requests");
  const providers = st.usage.filter((u) => u.provider !== "memory");
  if (providers.length === 0) ctx.out("  (nothing sent yet)");
  for (const u of providers)
    ctx.out(
      `  ${u.provider.padEnd(18)} ${number(u.characters).padStart(12)} ${number(u.recentCharacters).padStart(14)} ${number(u.requests).padStart(10)}`,
    );
  const memory = st.usage.find((u) => u.provider === "memory");
  ctx.out(
    `translation memory: ${number(st.memoryEntries)} entries; ${number(memory?.requests ?? 0)} paragraphs reused (${number(memory?.characters ?? 0)} characters not sent)`,
  );
  const q = st.queue;
  ctx.out(`queue: ${q.pending} pending, ${q.running} running, ${q.done} done, ${q.failed} failed`);
  for (const e of st.recentErrors)
    ctx.out(`  article ${e.articleId} [${e.language}] ${e.status}: ${e.error}`);
  const editions = [...st.editions].map(([l, n]) => `${l} ${number(n)}`).join(", ");
  ctx.out(`editions: ${editions || "none yet"}`);
  const channels = await s.channels.list();
  const byChannel = await s.translation.languages.byChannel();
  for (const c of channels) {
    const langs = byChannel.get(c.id);
    if (langs?.length) ctx.out(`  @${c.username}: ${langs.map((l) => `/${l}/`).join(" ")}`);
  }
  ctx.out(`corrections waiting for review: ${st.reviews}${st.reviews ? " (dateline translate review)" : ""}`);
  return 0;
}

async function backfill(ctx: CommandContext, s: Services): Promise<number> {
  const lang = requireLang(ctx);
  const t = s.translation;
  if (!t.translator)
    throw new DatelineError("CONFIG_INVALID", "no translator is configured: set DATELINE_TRANSLATOR");
  let channelIds: number[] | undefined;
  const only = str(ctx.values.channel);
  if (only) {
    const c = await s.channels.byUsername(only.replace(/^@/, ""));
    if (!c) throw new DatelineError("NOT_FOUND", `no channel @${only}`);
    if (!(await t.languages.forChannel(c.id)).includes(lang))
      throw new DatelineError(
        "USAGE",
        `@${c.username} has no ${lang} edition: dateline channel set ${c.username} --translate-to ${lang}`,
      );
    channelIds = [c.id];
  } else if ((await t.languages.channelsWith(lang)).length === 0) {
    throw new DatelineError(
      "USAGE",
      `no channel has a ${lang} edition: dateline channel set <username> --translate-to ${lang}`,
    );
  }
  await t.backfill(lang, channelIds);
  const total = (await t.queue.counts(lang)).pending;
  ctx.out(`${total} articles to translate into ${lang}`);
  return drainWithProgress(ctx, s, lang, total);
}

async function runQueue(ctx: CommandContext, s: Services): Promise<number> {
  if (!s.translation.translator)
    throw new DatelineError("CONFIG_INVALID", "no translator is configured: set DATELINE_TRANSLATOR");
  const q = await s.translation.queue.counts();
  return drainWithProgress(ctx, s, undefined, q.pending + q.running);
}

async function drainWithProgress(
  ctx: CommandContext,
  s: Services,
  lang: string | undefined,
  total: number,
): Promise<number> {
  const t = s.translation;
  const sentBefore = await charactersSent(s);
  const progress = createProgress({ label: `translating${lang ? ` into ${lang}` : ""}` });
  let done = 0;
  let failed = 0;
  const result = await t.worker.drain({
    ...(lang ? { language: lang } : {}),
    onRound: async () => {
      const left = await t.queue.counts(lang);
      done = Math.max(0, total - left.pending - left.running);
      failed = left.failed;
      progress.update(done, total, failed ? `${failed} failed` : undefined);
    },
  });
  const sent = (await charactersSent(s)) - sentBefore;
  progress.finish(`${result.done} translated, ${number(sent)} characters sent`);
  const left = await t.queue.counts(lang);
  if (result.paused || left.pending > 0) {
    const why = (await t.queue.recentErrors(1))[0]?.error;
    ctx.out(
      `${left.pending} still queued${why ? ` (${why})` : ""}: they stay in the queue, and \`dateline serve\` or another run finishes them`,
    );
  }
  if (left.failed > 0) ctx.out(`${left.failed} failed for good: see dateline translate stats`);
  return result.paused ? 1 : 0;
}

async function charactersSent(s: Services): Promise<number> {
  return (await s.translation.stats()).usage
    .filter((u) => u.provider !== "memory")
    .reduce((n, u) => n + u.characters, 0);
}

async function edit(ctx: CommandContext, s: Services, ref: string): Promise<number> {
  const t = s.translation;
  const found = await findArticleRef(
    { articles: s.articles, channels: s.channels, editions: t.editions },
    ref,
  );
  const lang = str(ctx.values.lang) ? requireLang(ctx) : found.language;
  if (!lang) throw new DatelineError("USAGE", "--lang <code> is required (the edition's language, e.g. en)");
  const position = positionOf(ctx);
  const editor = str(ctx.values.by) ?? ctx.env.USER ?? "cli";
  const text = str(ctx.values.text);
  const key = { articleId: found.article.id, language: lang };
  if (text !== undefined) {
    if (position === undefined)
      throw new DatelineError("USAGE", "--text needs --paragraph N, --headline, --place or --outlet");
    const path = await t.corrections.correct({ ...key, position, text, editor });
    ctx.out(`corrected the ${unitLabel(position)} of ${editionUrl(lang, path)}`);
    return 0;
  }
  const units = (await t.corrections.units(key.articleId, lang)).filter(
    (u) => position === undefined || u.position === position,
  );
  if (units.length === 0)
    throw new DatelineError("NOT_FOUND", `the ${lang} translation has no ${unitLabel(position ?? 1)}`);
  const shown = units.map((u) => ({
    position: u.position,
    current: u.human_html ?? u.machine_html ?? "",
    source: u.source_html,
  }));
  const dir = await mkdtemp(path.join(tmpdir(), "dateline-edit-"));
  const file = path.join(dir, "translation.txt");
  try {
    await writeFile(file, formatEditorFile(`${lang} translation of ${urlPathOf(found.article.path)}`, shown));
    const command = ctx.env.VISUAL || ctx.env.EDITOR || "vi";
    const r = spawnSync(`${command} ${JSON.stringify(file)}`, { shell: true, stdio: "inherit" });
    if (r.status !== 0)
      throw new DatelineError(
        "USAGE",
        `the editor (${command}) exited with status ${r.status}: nothing changed`,
      );
    const edited = parseEditorFile(await readFile(file, "utf8"));
    let changed = 0;
    for (const u of shown) {
      const now = edited.get(u.position);
      if (now === undefined || now.trim() === u.current.trim()) continue;
      await t.corrections.correct({ ...key, position: u.position, text: now, editor });
      ctx.out(`corrected the ${unitLabel(u.position)}`);
      changed++;
    }
    if (changed === 0) ctx.out("nothing changed");
    return 0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function review(ctx: CommandContext, s: Services, ref: string | undefined): Promise<number> {
  const t = s.translation;
  if (ctx.values.accept) {
    const found = await findArticleRef(
      { articles: s.articles, channels: s.channels, editions: t.editions },
      ref!,
    );
    const lang = str(ctx.values.lang) ? requireLang(ctx) : found.language;
    const position = positionOf(ctx);
    if (!lang || position === undefined)
      throw new DatelineError(
        "USAGE",
        "review --accept needs --lang and --paragraph N (or --headline, --place, --outlet)",
      );
    const ok = await t.corrections.resolve({ articleId: found.article.id, language: lang, position });
    if (!ok) throw new DatelineError("NOT_FOUND", `that ${unitLabel(position)} is not flagged for review`);
    ctx.out(`accepted the machine translation of the ${unitLabel(position)}`);
    return 0;
  }
  const rows = await t.corrections.reviews(str(ctx.values.lang) ? requireLang(ctx) : undefined);
  if (rows.length === 0) {
    ctx.out("no corrections waiting for review");
    return 0;
  }
  const channels = new Map((await s.channels.list()).map((c) => [c.id, c.username]));
  const line = (html: string | null) =>
    htmlToText(html ?? "")
      .replace(/\s+/g, " ")
      .trim();
  for (const r of rows) {
    const ref = `${channels.get(r.channel_id) ?? r.channel_id}/${r.message_id}`;
    const flag =
      r.position > 0 ? `--paragraph ${r.position}` : `--${unitLabel(r.position).replace("dateline ", "")}`;
    ctx.out(
      `${urlPathOf(r.article_path)} [${r.language}] ${unitLabel(r.position)}: the original changed after it was corrected`,
    );
    ctx.out(`  original then:       ${line(r.review_source_html)}`);
    ctx.out(`  original now:        ${line(r.source_html)}`);
    ctx.out(`  correction then:     ${line(r.review_human_html)}`);
    ctx.out(`  machine translation: ${line(r.machine_html)}`);
    ctx.out(`  keep a correction:   dateline translate edit ${ref} --lang ${r.language} ${flag} --text "…"`);
    ctx.out(`  accept the machine:  dateline translate review ${ref} --lang ${r.language} ${flag} --accept`);
  }
  return 0;
}
