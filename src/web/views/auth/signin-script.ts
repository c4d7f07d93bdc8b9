// Moved to web/auth/signin-script.tsx; this re-export keeps the comments code that imports it from here
// compiling until it is pointed at the new place (then this file goes).
export { SIGNIN_SCRIPT, SIGNIN_SCRIPT_PATH, SignInScript } from "../../auth/signin-script.js";
