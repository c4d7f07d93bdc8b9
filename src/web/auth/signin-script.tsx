// The sign-in popup script (signin-popup.js, beside this file), read once at start-up and served from our own
// origin at a content-versioned path (the CSP allows no inline script), cached as immutable.
import { readFileSync } from "node:fs";
import { versionedAssetPath } from "../views/index.js";

export const SIGNIN_SCRIPT: string = readFileSync(new URL("./signin-popup.js", import.meta.url), "utf8");

export const SIGNIN_SCRIPT_PATH: string = versionedAssetPath("signin-popup", "js", SIGNIN_SCRIPT);

/** The script tag for any page that shows sign-in links or the signed-in line. */
export function SignInScript() {
  // A module (deferred by default): the build appends "export {}" to files it compiles.
  return <script type="module" src={SIGNIN_SCRIPT_PATH} />;
}
