// The commands as an editor uses them, on SQLite and PostgreSQL: channel set --translate-to, glossary
// add/import/list/remove, translate backfill/stats/edit (also through $EDITOR)/review.
import { chmod, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCli } from "../../src/main.js";
import { exportJson, writeExportDir } from "../helpers/export-builder.js";
import { describeEachCliDatabase } from "../sync/cli-databases.js";
import { arabicPost, otherPost } from "../translation/arabic-post.js";
import { fakeLibreTranslate } from "../translation/fake-providers.js";

const SLUG = "jens-stoltenberg-the-alliance-will-expand-the-training-mission-in-iraq";

describeEachCliDatabase("translation commands", (getDb) => {
  const fake = fakeLibreTranslate();
  let env: Record<string, string>;
  let dir: string;
  const run = async (argv: string[], extra: Record<string, string> = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      env: { ...env, ...extra },
    });
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  beforeAll(async () => {
    await fake.start();
    dir = await mkdtemp(path.join(tmpdir(), "dateline-translate-cli-"));
    env = {
      ...getDb().env,
      DATELINE_SITE_URL: "https://news.example.org",
      DATELINE_TRANSLATOR: "libretranslate",
      DATELINE_TRANSLATOR_URL: fake.url,
      DATELINE_LOG_LEVEL: "error",
    };
  });
  afterAll(() => fake.stop());

  /** Gives a channel an English edition and a glossary. */
  const giveEditionAndGlossary = async () => {
    const set = await run([
      "channel",
      "set",
      "rafidain",
      "--language",
      "ar",
      "--timezone",
      "Asia/Baghdad",
      "--translate-to",
      "en,AR",
    ]);
    expect(set.code).toBe(0);
    expect(set.out).toContain("(ar is the channel's own language: no edition needed)");
    expect(set.out).toContain("editions: /en/");
    expect(set.out).toContain("dateline translate backfill --lang en");
    expect(
      (await run(["glossary", "add", "rafidain", "ستولتنبرغ", "Jens Stoltenberg", "--lang", "en"])).out,
    ).toBe("1 added");
    const csv = path.join(dir, "glossary.csv");
    await writeFile(csv, 'source,target,language\nالرافد,Rafid,en\n"بغداد","Baghdad",en\n');
    expect((await run(["glossary", "import", "rafidain", csv])).out).toBe("2 added");
    const list = await run(["glossary", "list", "rafidain", "--lang", "en"]);
    expect(list.out.split("\n")).toEqual([
      "en\tالرافد\t→ Rafid",
      "en\tبغداد\t→ Baghdad",
      "en\tستولتنبرغ\t→ Jens Stoltenberg",
    ]);
    const noLang = await run(["glossary", "add", "rafidain", "a", "b"]);
    expect(noLang.code).toBe(2);
    expect(noLang.err).toContain("needs --lang");
  };

  /** Backfills the back catalogue and reports what was sent. */
  const backfill = async () => {
    const exp = await writeExportDir(exportJson([arabicPost(42), otherPost(43)]));
    // Imported without a translator: the originals are online and the jobs wait in the queue.
    const imported = await run(["import", exp, "--channel", "rafidain", "--no-worker"], {
      DATELINE_TRANSLATOR: "",
    });
    expect(imported.code).toBe(0);
    const noTranslator = await run(["translate", "backfill", "--lang", "en"], { DATELINE_TRANSLATOR: "" });
    expect(noTranslator.code).toBe(1);
    expect(noTranslator.err).toContain("DATELINE_TRANSLATOR");
    const backfill = await run(["translate", "backfill", "--lang", "en"]);
    expect(backfill.code).toBe(0);
    expect(backfill.out).toContain("2 articles to translate into en");
    const stats = await run(["translate", "stats"]);
    expect(stats.out).toContain("translator: libretranslate");
    expect(stats.out).toMatch(new RegExp(`libretranslate\\s+${fake.characters.toLocaleString("en-US")}\\s`));
    expect(stats.out).toContain("editions: en 2");
    expect(stats.out).toContain("@rafidain: /en/");
    expect(stats.out).toContain("queue: 0 pending");
    // Nothing is left to do: a second backfill sends nothing.
    const sent = fake.received.length;
    expect((await run(["translate", "backfill", "--lang", "en"])).out).toContain("0 articles to translate");
    expect(fake.received.length).toBe(sent);
  };

  /** Takes an editor's correction by option and through $EDITOR. */
  const correct = async () => {
    const edit = await run([
      "translate",
      "edit",
      "rafidain/42",
      "--lang",
      "en",
      "--paragraph",
      "5",
      "--text",
      "The minister said it is <em>final</em>.",
    ]);
    expect(edit.code).toBe(0);
    expect(edit.out).toBe(`corrected the paragraph 5 of /en/2021/02/19/${SLUG}/`);
    const bad = await run([
      "translate",
      "edit",
      "rafidain/42",
      "--lang",
      "en",
      "--paragraph",
      "9",
      "--text",
      "x",
    ]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("has no paragraph 9 (it has 5 paragraphs)");

    const editor = path.join(dir, "editor.mjs");
    await writeFile(
      editor,
      `import { readFileSync, writeFileSync } from "node:fs";\nconst f = process.argv[2];\nwriteFileSync(f, readFileSync(f, "utf8").replace(/^Baghdad$/m, "Baghdad City"));\n`,
    );
    await chmod(editor, 0o755);
    const viaEditor = await run(["translate", "edit", `https://news.example.org/en/2021/02/19/${SLUG}/`], {
      EDITOR: `${process.execPath} ${editor}`,
    });
    expect(viaEditor.code).toBe(0);
    expect(viaEditor.out).toBe("corrected the dateline place");
    expect((await run(["translate", "review"])).out).toBe("no corrections waiting for review");
  };

  /** Re-queues the articles a glossary removal affects, and drops the edition languages. */
  const removeGlossaryEntry = async () => {
    const removed = await run(["glossary", "remove", "rafidain", "ستولتنبرغ", "--lang", "en"]);
    expect(removed.out).toBe("1 removed; 1 article queued to be translated again");
    expect((await run(["translate", "stats"])).out).toContain("queue: 1 pending");
    expect((await run(["translate", "run"])).code).toBe(0);
    const off = await run(["channel", "set", "rafidain", "--translate-to", ""]);
    expect(off.out).toContain("editions: -");
  };

  // One editor's session, step by step: each step works on what the one before it made, so they are one
  // test rather than tests that lean on each other's leftovers.
  it("gives a channel an edition and a glossary, backfills it, takes corrections, re-queues after a glossary change", async () => {
    await giveEditionAndGlossary();
    await backfill();
    await correct();
    await removeGlossaryEntry();
  });
});
