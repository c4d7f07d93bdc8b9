// Builds reader sign-in from the configuration and its stores (called once, by the composition root, compose/services.ts).
import type { Config } from "../config/schema.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { SignInFlowStore } from "../store/auth/flow-store.js";
import type { ReaderSessionStore } from "../store/auth/session-store.js";
import type { UsedOnceStore } from "../store/auth/used-once-store.js";
import { configuredProviders } from "./provider-registry.js";
import { ReaderAuthService } from "./reader-auth-service.js";
import type { ReaderIdentity } from "./reader-identity.js";

export interface ReaderAuthOptions {
  config: Config;
  /** Built with parseReaderIdentity (auth/identity-schema.ts) as its parse. */
  sessions: ReaderSessionStore<ReaderIdentity>;
  flows: SignInFlowStore;
  used: UsedOnceStore;
  clock: Clock;
  log: Logger;
  secret: string;
  baseUrl: string;
}

export function createReaderAuth(o: ReaderAuthOptions): ReaderAuthService {
  return new ReaderAuthService({
    providers: configuredProviders(o.config, { clock: o.clock }),
    sessions: o.sessions,
    flows: o.flows,
    used: o.used,
    clock: o.clock,
    log: o.log.child({ component: "reader-auth" }),
    secret: o.secret,
    baseUrl: o.baseUrl.replace(/\/+$/, ""),
  });
}
