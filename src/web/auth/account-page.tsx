// /auth/: the reader's sign-in on its own page — who they are signed in as (with Log Out / Change), or the
// providers to sign in with. Its #respond element behaves like the comment form's.

import type { SignInOption } from "../../auth/reader-identity.js";
import { Layout, pageTitle, renderDocument, type SiteView } from "../views/index.js";
import { SignInOptions } from "./sign-in-options.js";
import { SignedInAs, type SignedInAsProps } from "./signed-in-as.js";
import { SignInScript } from "./signin-script.js";

export interface AccountView {
  signedIn: Omit<SignedInAsProps, "returnTo"> | null;
  options: SignInOption[];
  returnTo: string;
}

export function renderAccountPage(site: SiteView, v: AccountView): string {
  const title = v.signedIn ? "Your sign-in" : "Sign in";
  return renderDocument(
    <Layout
      site={site}
      meta={{
        lang: "en",
        dir: "ltr",
        title: pageTitle(title, site),
        description: null,
        canonicalUrl: null,
        feeds: [],
        og: null,
        noindex: true,
      }}
    >
      <section id="respond" class="signin-account" lang="en" dir="ltr">
        <h1>{title}</h1>
        {v.signedIn ? (
          <SignedInAs {...v.signedIn} returnTo={v.returnTo} />
        ) : v.options.length ? (
          <>
            <p>Sign in to comment with an account you already have.</p>
            <SignInOptions options={v.options} returnTo={v.returnTo} />
          </>
        ) : (
          <p>Signing in is not offered on this site.</p>
        )}
      </section>
      <SignInScript />
    </Layout>,
  );
}
