// A sign-in that did not work: "Sign-in with X failed: <reason>." — the same page in a popup (with a
// button to close it, shown by the script) and in the full window (with the way back).
import { renderAuthDocument } from "./auth-document.js";

export interface SignInFailedView {
  /** The whole reader-facing message, e.g. "Sign-in with X failed: you did not allow the sign-in." */
  message: string;
  returnTo: string;
}

export function renderSignInFailedPage(v: SignInFailedView): string {
  return renderAuthDocument({
    title: "Sign-in failed",
    children: (
      <div class="signin-failed" role="alert">
        <h1>Sign-in failed</h1>
        <p class="signin-error">{v.message}</p>
        <p>
          <a href={v.returnTo}>Back to the page you were reading</a>
        </p>
        <p>
          <button type="button" data-signin-close="" hidden>
            Close this window
          </button>
        </p>
      </div>
    ),
  });
}
