// The signed-in reader's line on the comment form, as WordPress.com's form has it: "You are commenting
// using your WordPress.com account. ( Log Out / Change )". Both buttons sign out through POST /auth/logout
// (with the CSRF token); "Change" is there to pick another account, which the form then offers.
// For the comments feature: render this inside the form's #respond element, with SignInScript on the page.
import type { ProviderId, ReaderIdentity, SignInOption } from "../../auth/reader-identity.js";

/** Sign-in's words on the comment form; the comment section gives them in the site's language. */
export interface SignInWords {
  signedInAs: (providerLabel: string) => string;
  logOut: string;
  change: string;
  logInWith: (providerLabel: string) => string;
}

export const SIGN_IN_WORDS: SignInWords = {
  signedInAs: (label) => `You are commenting using your ${label} account.`,
  logOut: "Log Out",
  change: "Change",
  logInWith: (label) => `Log in with ${label}`,
};

export interface SignedInAsProps {
  reader: ReaderIdentity;
  /** "WordPress.com", "X"… — see providerLabel(). */
  providerLabel: string;
  /** csrfToken(c, secret) from src/web/csrf.ts. */
  csrfToken: string;
  /** Where to come back to after signing out: the form, e.g. "/2021/02/19/slug/#respond". */
  returnTo: string;
  /** English unless given. */
  words?: SignInWords;
}

/** The label of a reader's provider, from the configured options (a provider since removed keeps its id). */
export function providerLabel(options: SignInOption[], id: ProviderId): string {
  const known: Record<string, string> = {
    wordpress: "WordPress.com",
    x: "X",
    facebook: "Facebook",
    telegram: "Telegram",
  };
  return options.find((o) => o.id === id)?.label ?? known[id] ?? id.replace(/^oidc:/, "");
}

export function SignedInAs({
  reader,
  providerLabel: label,
  csrfToken,
  returnTo,
  words = SIGN_IN_WORDS,
}: SignedInAsProps) {
  return (
    <div class="signed-in-as">
      <p>
        <strong class="reader-name">{reader.displayName}</strong>{" "}
        <span class="reader-account">{words.signedInAs(label)}</span>
      </p>
      <form method="post" action="/auth/logout" class="signed-in-actions">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="return" value={returnTo} />
        {"( "}
        <button type="submit" class="link-button">
          {words.logOut}
        </button>
        {" / "}
        <button type="submit" name="change" value="1" class="link-button">
          {words.change}
        </button>
        {" )"}
      </form>
    </div>
  );
}
