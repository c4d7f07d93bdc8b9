// Moved to web/auth/signed-in-as.tsx; this re-export keeps the comments code that imports it from here
// compiling until it is pointed at the new place (then this file goes).
export {
  providerLabel,
  SIGN_IN_WORDS,
  SignedInAs,
  type SignedInAsProps,
  type SignInWords,
} from "../../auth/signed-in-as.js";
