// Sign-in providers as plugins that switch on when their settings exist (as Outline's do): WordPress.com, X
// and Facebook with a client id and secret; Telegram with the bot token and the bot's username; each
// OpenID Connect provider listed in DATELINE_AUTH_OIDC. The order here is the order on the comment form.
import type { Config } from "../config/schema.js";
import { facebookProvider } from "./providers/facebook.js";
import type { OAuthProvider, ProviderContext } from "./providers/oauth-provider.js";
import { oidcProvider } from "./providers/oidc.js";
import { wordpressProvider } from "./providers/wordpress.js";
import { xProvider } from "./providers/x.js";

export interface TelegramLoginSettings {
  botToken: string;
  botUsername: string;
  /** The widget script (telegram.org); its origin is allowed by the Telegram sign-in page's CSP. */
  widgetUrl: string;
}

export type SignInProvider =
  | { kind: "oauth"; provider: OAuthProvider }
  | { kind: "telegram"; settings: TelegramLoginSettings };

export function configuredProviders(config: Config, ctx: ProviderContext): SignInProvider[] {
  const auth = config.auth;
  const out: SignInProvider[] = [];
  if (auth.wordpress) out.push({ kind: "oauth", provider: wordpressProvider(auth.wordpress) });
  if (auth.x) out.push({ kind: "oauth", provider: xProvider(auth.x) });
  if (auth.facebook) out.push({ kind: "oauth", provider: facebookProvider(auth.facebook) });
  const { botToken } = config.telegram;
  const { botUsername, widgetUrl } = auth.telegram;
  if (botToken && botUsername) out.push({ kind: "telegram", settings: { botToken, botUsername, widgetUrl } });
  for (const oidc of auth.oidc ?? []) out.push({ kind: "oauth", provider: oidcProvider(oidc, ctx) });
  return out;
}
