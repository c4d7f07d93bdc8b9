// The layer rules of src/, checked by `npm test` (npm run deps). The README's "Architecture" section draws
// the same layers. A violation names its rule; the rule's comment says why it exists.
const fs = require("node:fs");
const path = require("node:path");

/** Layer folders, bottom to top. A folder may import its own layer and the ones listed below it. */
const FEATURES = [
  "site",
  "search",
  "feeds",
  "sitemaps",
  "comments",
  "auth",
  "admin",
  "translation",
  "notify",
];
const feature = `^src/(${FEATURES.join("|")})/`;

/** Folders with an index.ts are entered through it from outside (found, so new packages are covered). */
function sealedPackages(dir = "src", out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const sub = path.join(dir, e.name);
    if (fs.existsSync(path.join(sub, "index.ts"))) out.push(sub.split(path.sep).join("/"));
    sealedPackages(sub, out);
  }
  return out;
}
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

const throughIndex = sealedPackages().map((pkg) => ({
  name: "through-index",
  comment: `${pkg}/ is a package: code outside it imports ${pkg}/index.ts, never its internals.`,
  severity: "error",
  from: { path: "^src/", pathNot: `^${esc(pkg)}/` },
  to: { path: `^${esc(pkg)}/`, pathNot: `^${esc(pkg)}/index\\.ts$` },
}));

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "Imports form no circle: each module can be read, and tested, after the ones it uses.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "features-not-web-or-cli",
      comment:
        "Features return typed data; only web/ makes HTML, XML or HTTP responses and only cli/ talks to a terminal.",
      severity: "error",
      from: { path: feature },
      to: { path: "^src/(web|cli)/" },
    },
    {
      name: "lower-layers-not-features",
      comment:
        "shared, config, db, articles, telegram, store, media, ingest, sync and demo sit below the features and never import them (or web, cli, the root).",
      severity: "error",
      from: { path: "^src/(shared|config|db|articles|telegram|store|media|ingest|sync|demo)/" },
      to: { path: `${feature}|^src/(web|cli|compose)/|^src/main\\.ts$` },
    },
    {
      name: "only-store-touches-the-database",
      comment:
        "Kysely, the drivers and the connection live in store/ and db/ (the composition root opens the database): database specifics stay in one place.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(store|db|compose)/" },
      to: {
        path: "^src/db/(connect|dialect|migrations)|node_modules/(kysely|better-sqlite3|pg|pg-[a-z-]+)/",
      },
    },
    {
      name: "db-below-config",
      comment: "db/ opens what it is given; reading configuration is the composition root's job.",
      severity: "error",
      from: { path: "^src/db/" },
      to: { path: "^src/(?!db/|shared/)" },
    },
    {
      name: "shared-imports-nothing",
      comment: "shared/ (errors, clock, logger, time) is the bottom layer: it imports nothing else in src/.",
      severity: "error",
      from: { path: "^src/shared/" },
      to: { path: "^src/(?!shared/)" },
    },
    {
      name: "pure-articles-and-telegram",
      comment:
        "articles/ (post → article rules) and telegram/ (source adapters) are pure: no database, no store, no HTTP server.",
      severity: "error",
      from: { path: "^src/(articles|telegram)/" },
      to: {
        path: "^src/(db|store|media|ingest|sync)/|node_modules/(hono|@hono/node-server|kysely|better-sqlite3|pg)/|^(http|https|http2|net)$",
      },
    },
    {
      name: "pure-articles",
      comment:
        "articles/ is plain functions over plain data: it imports only shared/ and the normalized post type (telegram/post.ts).",
      severity: "error",
      from: { path: "^src/articles/" },
      to: { path: "^src/(?!articles/|shared/|telegram/post\\.ts$)" },
    },
    {
      name: "web-not-the-database",
      comment: "web/ gets services from the composition root and never opens a query itself.",
      severity: "error",
      from: { path: "^src/web/" },
      to: { path: "^src/(store|db/(connect|migrations))" },
      // Row types (db/tables) may pass through presenters; query classes may not.
    },
    {
      name: "nothing-imports-the-root",
      comment:
        "compose/ wires everything and main.ts starts the CLI; only cli/ (the roles started on what compose/ builds) imports compose/, and nothing imports main.ts.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(main\\.ts|compose/|cli/)" },
      to: { path: "^src/(main\\.ts|compose/)" },
    },
    {
      name: "cli-not-main",
      comment: "main.ts lists the commands; a command never imports it.",
      severity: "error",
      from: { path: "^src/cli/" },
      to: { path: "^src/main\\.ts$" },
    },
    ...throughIndex,
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.test\\.tsx?$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".d.ts"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
