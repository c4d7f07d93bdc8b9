// Moved to web/auth/sign-in-options.tsx; this re-export keeps the comments code that imports it from here
// compiling until it is pointed at the new place (then this file goes).
export { SignInOptions, type SignInOptionsProps } from "../../auth/sign-in-options.js";
