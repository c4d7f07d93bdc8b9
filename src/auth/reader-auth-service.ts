// Reader sign-in: implements the ReaderAuth contract (who is signed in, which providers are offered) and the
// steps the routes call — start a sign-in, finish it when the provider sends the reader back, sign out.
//
// A sign-in in progress is bound to the browser that started it (RFC 6749 §10.12, login CSRF): the start
// sets an HttpOnly cookie holding a signed random flow id; the flow's row holds the `state` sent to the
// provider, the PKCE verifier and the nonce. The callback must bring the same cookie and the same state;
// the flow row is deleted as it is read, so it is used once; it expires after ten minutes. Codes and
// Telegram logins are remembered once used, so a replay is refused. Nothing here logs a code, a token, a
// state, a session id or a secret; only the provider and the reason of a failure.

import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { randomId, sameString, signId, unsignId } from "../shared/opaque-id.js";
import type { SignInFlowStore } from "../store/auth/flow-store.js";
import type { ReaderSessionStore } from "../store/auth/session-store.js";
import type { UsedOnceStore } from "../store/auth/used-once-store.js";
import { isSignInError, ProviderUnavailableError, type SignInError, SignInRefusedError } from "./errors.js";
import { codeChallengeS256, newCodeVerifier } from "./pkce.js";
import { safeCode } from "./provider-http.js";
import type { SignInProvider, TelegramLoginSettings } from "./provider-registry.js";
import type { OAuthProvider } from "./providers/oauth-provider.js";
import type { ReaderAuth, ReaderIdentity, SignInOption } from "./reader-identity.js";
import { DEFAULT_RETURN, safeReturnPath } from "./return-path.js";
import {
  TELEGRAM_LABEL,
  TELEGRAM_MAX_AGE_SECONDS,
  telegramIdentity,
  verifyTelegramLogin,
} from "./telegram-login.js";

/** The reader's session cookie (all paths). Starts with "dl_", so the page cache serves such readers fresh. */
export const SESSION_COOKIE = "dl_reader";
/** The sign-in-in-progress cookie, sent only to /auth/. */
export const FLOW_COOKIE = "dl_signin";
export const FLOW_COOKIE_PATH = "/auth/";
/** RFC 6749 §4.1.2 recommends codes live at most ten minutes; a sign-in may take as long. */
export const FLOW_SECONDS = 10 * 60;
export const SESSION_SECONDS = 30 * 24 * 3600;
const CODE_KEEP_SECONDS = 15 * 60;

const SESSION_PURPOSE = "reader-session";
const FLOW_PURPOSE = "signin-flow";
const TELEGRAM_SLUG = "telegram";

export interface ReaderAuthDeps {
  providers: SignInProvider[];
  sessions: ReaderSessionStore<ReaderIdentity>;
  flows: SignInFlowStore;
  used: UsedOnceStore;
  clock: Clock;
  log: Logger;
  secret: string;
  /** Public address of the site, without trailing slash: redirect URIs are built on it. */
  baseUrl: string;
}

export interface StartedSignIn {
  label: string;
  /** Value for the FLOW_COOKIE. */
  flowCookie: string;
  /** Where the browser goes next: the provider's authorization page (OAuth), or null for Telegram's widget. */
  authorizeUrl: string | null;
  popup: boolean;
}

export type FinishedSignIn =
  | {
      ok: true;
      identity: ReaderIdentity;
      /** Value for the SESSION_COOKIE. */
      sessionCookie: string;
      returnTo: string;
      popup: boolean;
    }
  | { ok: false; label: string; error: SignInError; returnTo: string; popup: boolean };

export class ReaderAuthService implements ReaderAuth {
  constructor(private readonly deps: ReaderAuthDeps) {}

  options(): SignInOption[] {
    return this.deps.providers.map((p) => {
      const { id, label, slug } =
        p.kind === "oauth"
          ? p.provider
          : { id: "telegram" as const, label: TELEGRAM_LABEL, slug: TELEGRAM_SLUG };
      return {
        id,
        label,
        startUrl: (returnTo: string) => `/auth/${slug}/start?return=${encodeURIComponent(returnTo)}`,
      };
    });
  }

  async currentReader(cookies: Record<string, string>): Promise<ReaderIdentity | null> {
    const id = unsignId(this.deps.secret, SESSION_PURPOSE, cookies[SESSION_COOKIE]);
    return id ? this.deps.sessions.find(id) : null;
  }

  /** The OAuth provider served at /auth/<slug>/…, if configured. */
  oauthProvider(slug: string): OAuthProvider | null {
    for (const p of this.deps.providers)
      if (p.kind === "oauth" && p.provider.slug === slug) return p.provider;
    return null;
  }

  telegram(): TelegramLoginSettings | null {
    for (const p of this.deps.providers) if (p.kind === "telegram") return p.settings;
    return null;
  }

  redirectUri(slug: string): string {
    return `${this.deps.baseUrl}/auth/${slug}/callback`;
  }

  /** Starts an OAuth sign-in. Throws SignInRefusedError for a bad return address, ProviderUnavailableError
   *  when an OpenID provider's configuration cannot be fetched. */
  async start(
    provider: OAuthProvider,
    rawReturn: string | undefined,
    popup: boolean,
  ): Promise<StartedSignIn> {
    const returnTo = this.returnPath(provider.label, rawReturn);
    const state = randomId();
    const verifier = newCodeVerifier();
    const nonce = randomId();
    const address = await provider.authorize({
      redirectUri: this.redirectUri(provider.slug),
      state,
      codeChallenge: codeChallengeS256(verifier),
      nonce,
    });
    const flowId = await this.deps.flows.create(
      {
        provider: provider.id,
        state,
        codeVerifier: address.pkce ? verifier : null,
        nonce: address.nonce ? nonce : null,
        returnTo,
        popup,
      },
      FLOW_SECONDS,
    );
    return { label: provider.label, flowCookie: this.flowCookie(flowId), authorizeUrl: address.url, popup };
  }

  /** Starts a Telegram sign-in: the widget page follows, and its redirect must come back to this browser. */
  async startTelegram(rawReturn: string | undefined, popup: boolean): Promise<StartedSignIn> {
    const returnTo = this.returnPath(TELEGRAM_LABEL, rawReturn);
    const flowId = await this.deps.flows.create(
      { provider: "telegram", state: randomId(), codeVerifier: null, nonce: null, returnTo, popup },
      FLOW_SECONDS,
    );
    return { label: TELEGRAM_LABEL, flowCookie: this.flowCookie(flowId), authorizeUrl: null, popup };
  }

  /** Finishes an OAuth sign-in from the callback's query (code and state, or error). */
  async finish(
    provider: OAuthProvider,
    flowCookie: string | undefined,
    query: URLSearchParams,
  ): Promise<FinishedSignIn> {
    const flow = await this.takeFlow(flowCookie, provider.id);
    const returnTo = flow?.returnTo ?? DEFAULT_RETURN;
    const popup = flow?.popup ?? false;
    try {
      const state = query.get("state");
      if (!flow || !state || !sameString(state, flow.state)) throw notThisBrowser(provider.label);
      const error = query.get("error");
      if (error) {
        throw new SignInRefusedError(
          provider.label,
          error === "access_denied"
            ? "you did not allow the sign-in"
            : `${provider.label} answered "${safeCode(error)}"`,
        );
      }
      const code = query.get("code");
      if (!code || code.length > 2048)
        throw new SignInRefusedError(provider.label, "no authorization code came back");
      if (!(await this.deps.used.claim(`code:${provider.id}:${code}`, CODE_KEEP_SECONDS))) {
        throw new SignInRefusedError(
          provider.label,
          "this sign-in link was already used; please start again",
        );
      }
      const identity = await provider.exchange({
        code,
        redirectUri: this.redirectUri(provider.slug),
        codeVerifier: flow.codeVerifier,
        nonce: flow.nonce,
      });
      return await this.signIn(identity, returnTo, popup);
    } catch (e) {
      return this.failed(provider.label, e, returnTo, popup);
    }
  }

  /** Finishes a Telegram sign-in from the widget's redirect (its query is the signed login data). */
  async finishTelegram(flowCookie: string | undefined, query: URLSearchParams): Promise<FinishedSignIn> {
    const settings = this.telegram();
    const flow = await this.takeFlow(flowCookie, "telegram");
    const returnTo = flow?.returnTo ?? DEFAULT_RETURN;
    const popup = flow?.popup ?? false;
    try {
      if (!settings) throw new SignInRefusedError(TELEGRAM_LABEL, "Telegram sign-in is not offered here");
      const login = verifyTelegramLogin(query, settings.botToken, this.deps.clock.now());
      if (!flow) throw notThisBrowser(TELEGRAM_LABEL);
      if (!(await this.deps.used.claim(`telegram:${login.hash}`, TELEGRAM_MAX_AGE_SECONDS + 120))) {
        throw new SignInRefusedError(TELEGRAM_LABEL, "this login was already used; please sign in again");
      }
      return await this.signIn(telegramIdentity(login), returnTo, popup);
    } catch (e) {
      return this.failed(TELEGRAM_LABEL, e, returnTo, popup);
    }
  }

  /** Ends the session named by the cookie (if any). */
  async signOut(sessionCookie: string | undefined): Promise<void> {
    const id = unsignId(this.deps.secret, SESSION_PURPOSE, sessionCookie);
    if (id) await this.deps.sessions.delete(id);
  }

  private returnPath(label: string, raw: string | undefined): string {
    if (raw === undefined || raw === "") return DEFAULT_RETURN;
    const path = safeReturnPath(raw);
    if (!path) throw new SignInRefusedError(label, "the return address is not a page of this site");
    return path;
  }

  private flowCookie(flowId: string): string {
    return signId(this.deps.secret, FLOW_PURPOSE, flowId);
  }

  /** The browser's flow, consumed; null when it has none, it was used or expired, or it is another provider's. */
  private async takeFlow(cookie: string | undefined, provider: string) {
    const id = unsignId(this.deps.secret, FLOW_PURPOSE, cookie);
    if (!id) return null;
    const flow = await this.deps.flows.consume(id);
    return flow && flow.provider === provider ? flow : null;
  }

  private async signIn(identity: ReaderIdentity, returnTo: string, popup: boolean): Promise<FinishedSignIn> {
    const sessionId = await this.deps.sessions.create(identity, SESSION_SECONDS);
    this.deps.log.info("reader signed in", { provider: identity.provider });
    return {
      ok: true,
      identity,
      sessionCookie: signId(this.deps.secret, SESSION_PURPOSE, sessionId),
      returnTo,
      popup,
    };
  }

  private failed(label: string, e: unknown, returnTo: string, popup: boolean): FinishedSignIn {
    if (!isSignInError(e)) throw e;
    const level = e instanceof ProviderUnavailableError ? "warn" : "info";
    this.deps.log[level]("reader sign-in failed", { provider: label, reason: e.reason });
    return { ok: false, label, error: e, returnTo, popup };
  }
}

function notThisBrowser(label: string): SignInRefusedError {
  return new SignInRefusedError(
    label,
    "this sign-in was not started in this browser, or it expired or was already completed; please start again",
  );
}
