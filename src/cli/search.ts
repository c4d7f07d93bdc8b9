// `dateline search reindex|status`: rebuild the search index from the articles (after an upgrade that
// adds search to an existing database, or to repair it), or compare it with them.

import { createServices } from "../compose/services.js";
import { DatelineError } from "../shared/errors.js";
import { createProgress } from "../shared/progress.js";
import type { Command } from "./command.js";
import { COMMON_HELP } from "./command.js";

const SUBCOMMANDS = ["reindex", "status"];

export const searchCommand: Command = {
  name: "search",
  summary: "rebuild the search index from the articles (search reindex), or show its state",
  usage: "dateline search reindex|status",
  help: `Subcommands:
  reindex   index every published article and its translated editions again and drop the others; safe
            while the site is serving (results stay available throughout). Imports and edits keep the index up to date by
            themselves: this is for databases that had articles before search existed, or repairs.
  status    how many articles are indexed, and how many are published
${COMMON_HELP}`,
  options: {},
  positionals: [1, 1],
  async run(ctx) {
    const [sub] = ctx.positionals as [string];
    if (!SUBCOMMANDS.includes(sub)) {
      throw new DatelineError("USAGE", `unknown subcommand "${sub}"\nusage: ${this.usage}`);
    }
    const s = await createServices(ctx.config());
    try {
      if (sub === "status") {
        const [indexed, published] = await Promise.all([s.search.index.count(), s.articles.count()]);
        ctx.out(`${indexed} articles indexed, ${published} published`);
        return 0;
      }
      const progress = createProgress({ label: "search reindex" });
      const counts = await s.search.indexer.reindexAll(progress);
      progress.finish(`${counts.indexed} articles indexed, ${counts.removed} not published`);
      // Translated editions (/<lang>/search): every edition of a published original, in its language.
      const editions = await s.search.editionIndexer.reindexAll();
      ctx.out(`edition search index rebuilt: ${editions.indexed} editions indexed`);
      ctx.out(`search index rebuilt: ${counts.indexed} articles indexed`);
      return 0;
    } finally {
      await s.close();
    }
  },
};
