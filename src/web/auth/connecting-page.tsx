// The popup's first page: "Connecting to WordPress.com…" (WordPress.com's "Connecting to %s"), shown while
// the provider's page loads. A meta refresh moves on, so it needs no script.
import { renderAuthDocument } from "./auth-document.js";

export function renderConnectingPage(label: string, authorizeUrl: string): string {
  return renderAuthDocument({
    title: `Connecting to ${label}…`,
    refreshTo: authorizeUrl,
    children: (
      <div class="signin-connecting" role="status">
        <h1>{`Connecting to ${label}…`}</h1>
        <p>
          <a href={authorizeUrl}>{`Continue to ${label}`}</a>
        </p>
      </div>
    ),
  });
}
