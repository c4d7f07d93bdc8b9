// Signing in with Telegram goes through Telegram's Login Widget (core.telegram.org/widgets/login): its
// script, loaded from telegram.org, draws the button; after the reader confirms in Telegram, it sends the
// browser to data-auth-url with the signed login data. The widget needs JavaScript; this page says so when
// there is none. Its CSP (set by the route) allows exactly the widget's script and frame origins.
import { renderAuthDocument } from "./auth-document.js";

export interface TelegramLoginView {
  botUsername: string;
  widgetUrl: string;
  /** Absolute URL of /auth/telegram/callback. */
  callbackUrl: string;
  returnTo: string;
  popup: boolean;
}

export function renderTelegramLoginPage(v: TelegramLoginView): string {
  const heading = v.popup ? "Connecting to Telegram…" : "Sign in with Telegram";
  return renderAuthDocument({
    title: heading,
    children: (
      <div class="signin-telegram">
        <h1>{heading}</h1>
        <p>Confirm in Telegram to sign in with your Telegram account.</p>
        <script
          async
          src={v.widgetUrl}
          data-telegram-login={v.botUsername}
          data-size="large"
          data-auth-url={v.callbackUrl}
        />
        <noscript>
          <p>Signing in with Telegram needs JavaScript, which is switched off in this browser.</p>
        </noscript>
        <p>
          <a href={v.returnTo}>Back to the page you were reading</a>
        </p>
      </div>
    ),
  });
}
