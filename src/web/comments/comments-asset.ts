// The comment script, read once from comments.js beside this module (tsc copies it to dist with allowJs) and
// served at a content-versioned path with an immutable cache header.
import { readFileSync } from "node:fs";
import { versionedAssetPath } from "../views/index.js";

const SOURCE = readFileSync(new URL("./comments.js", import.meta.url), "utf8");

export const COMMENTS_ASSET = {
  path: versionedAssetPath("comments", "js", SOURCE),
  body: SOURCE,
  contentType: "text/javascript; charset=utf-8",
} as const;
