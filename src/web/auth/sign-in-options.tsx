// The providers a reader can sign in with — WordPress.com's "click an icon to log in" — as plain links:
// without JavaScript each goes to the provider and back to `returnTo`; with it (SignInScript on the page)
// each opens in a popup and the form refreshes itself when the reader is back.
// For the comments feature: render inside the form's #respond element, with SignInScript on the page.
import type { SignInOption } from "../../auth/reader-identity.js";
import { SIGN_IN_WORDS, type SignInWords } from "./signed-in-as.js";

export interface SignInOptionsProps {
  options: SignInOption[];
  /** Where to come back to: the form, e.g. "/2021/02/19/slug/#respond". */
  returnTo: string;
  /** English unless given. */
  words?: SignInWords;
}

export function SignInOptions({ options, returnTo, words = SIGN_IN_WORDS }: SignInOptionsProps) {
  if (options.length === 0) return null;
  return (
    <ul class="signin-options">
      {options.map((o) => (
        <li>
          <a href={o.startUrl(returnTo)} data-signin-popup="" data-provider={o.id} rel="nofollow">
            {words.logInWith(o.label)}
          </a>
        </li>
      ))}
    </ul>
  );
}
