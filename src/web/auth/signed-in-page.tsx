// The popup's last page after a successful sign-in: the script tells the page that opened it and closes
// the window; without a script (or if the window stays open) the link goes back to the article.
import { renderAuthDocument } from "./auth-document.js";

export function renderSignedInPage(returnTo: string): string {
  return renderAuthDocument({
    title: "Signed in",
    children: (
      <div id="signin-done" data-return={returnTo} role="status">
        <h1>You are signed in</h1>
        <p>
          This window closes by itself. <a href={returnTo}>Back to the page you were reading</a>
        </p>
      </div>
    ),
  });
}
