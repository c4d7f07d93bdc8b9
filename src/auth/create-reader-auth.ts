// Builds reader sign-in from the configuration (called once, by src/services.ts).
import type { Config } from "../config/schema.js";
import type { Db } from "../db/connect.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { SignInFlowStore } from "../store/auth/flow-store.js";
import { configuredProviders } from "./provider-registry.js";
import { ReaderAuthService } from "./reader-auth-service.js";
import { ReaderSessionStore } from "../store/auth/session-store.js";
import { UsedOnceStore } from "../store/auth/used-once-store.js";

export interface ReaderAuthOptions {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
  secret: string;
  baseUrl: string;
}

export function createReaderAuth(o: ReaderAuthOptions): ReaderAuthService {
  return new ReaderAuthService({
    providers: configuredProviders(o.config, { clock: o.clock }),
    sessions: new ReaderSessionStore(o.db, o.clock),
    flows: new SignInFlowStore(o.db, o.clock),
    used: new UsedOnceStore(o.db, o.clock),
    clock: o.clock,
    log: o.log.child({ component: "reader-auth" }),
    secret: o.secret,
    baseUrl: o.baseUrl.replace(/\/+$/, ""),
  });
}
