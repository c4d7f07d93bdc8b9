// Comments without sign-in: nobody is signed in and no provider is offered. Used until src/auth/ is wired
// into the composition root, and where a site wants guests only.
import type { ReaderAuth } from "../auth/reader-identity.js";

export const guestsOnly: ReaderAuth = {
  currentReader: async () => null,
  options: () => [],
};
