// Reader sign-in's tables, on SQLite and PostgreSQL: sessions, flows used once, codes remembered once.
import { beforeAll, expect, it } from "vitest";
import { parseReaderIdentity } from "../../../src/auth/identity-schema.js";
import type { ReaderIdentity } from "../../../src/auth/reader-identity.js";
import { sha256Hex } from "../../../src/shared/opaque-id.js";
import { SignInFlowStore } from "../../../src/store/auth/flow-store.js";
import { ReaderSessionStore } from "../../../src/store/auth/session-store.js";
import { UsedOnceStore } from "../../../src/store/auth/used-once-store.js";
import { describeEachDatabase } from "../../helpers/databases.js";
import { TestClock } from "../../helpers/services.js";

const READER: ReaderIdentity = {
  provider: "oidc:google",
  subject: "1234",
  displayName: "Noor",
  profileUrl: null,
  avatarUrl: "https://example.org/a.png",
  email: "noor@example.org",
  emailVerified: true,
};

describeEachDatabase("reader sign-in stores", (getDb) => {
  const clock = new TestClock();
  let sessions: ReaderSessionStore<ReaderIdentity>;
  let flows: SignInFlowStore;
  let used: UsedOnceStore;

  beforeAll(() => {
    const { db } = getDb();
    sessions = new ReaderSessionStore(db, clock, parseReaderIdentity);
    flows = new SignInFlowStore(db, clock);
    used = new UsedOnceStore(db, clock);
  });

  it("stores a session under a hash of its id and finds the identity until it expires", async () => {
    const id = await sessions.create(READER, 100);
    expect(await sessions.find(id)).toEqual(READER);
    const rows = await getDb().db.kysely.selectFrom("reader_sessions").selectAll().execute();
    expect(rows.map((r) => r.id_hash)).toContain(sha256Hex(id));
    expect(JSON.stringify(rows)).not.toContain(id);
    clock.t += 100;
    expect(await sessions.find(id)).toBeNull();
  });

  it("deletes a session, and expired ones when the next is created", async () => {
    expect(await sessions.count()).toBe(1); // the expired session of the previous test
    const id = await sessions.create(READER, 1000);
    expect(await sessions.count()).toBe(1); // … is gone, this one is there
    await sessions.delete(id);
    expect(await sessions.find(id)).toBeNull();
    expect(await sessions.count()).toBe(0);
  });

  it("treats an unreadable identity as no session", async () => {
    const id = await sessions.create(READER, 1000);
    await getDb()
      .db.kysely.updateTable("reader_sessions")
      .set({ identity: '{"provider":"myspace"}' })
      .where("id_hash", "=", sha256Hex(id))
      .execute();
    expect(await sessions.find(id)).toBeNull();
  });

  it("hands a flow out once, and not after it expired", async () => {
    const flow = { provider: "x", state: "s", codeVerifier: "v", nonce: null, returnTo: "/a/", popup: true };
    const id = await flows.create(flow, 600);
    const taken = await flows.consume(id);
    expect(taken).toMatchObject(flow);
    expect(await flows.consume(id)).toBeNull();
    const late = await flows.create(flow, 600);
    clock.t += 601;
    expect(await flows.consume(late)).toBeNull();
  });

  it("takes two concurrent consumptions of one flow as one", async () => {
    const id = await flows.create(
      { provider: "x", state: "s", codeVerifier: null, nonce: null, returnTo: "/", popup: false },
      600,
    );
    const results = await Promise.all([flows.consume(id), flows.consume(id), flows.consume(id)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("claims a key once, until it is forgotten", async () => {
    expect(await used.claim("code:x:abc", 60)).toBe(true);
    expect(await used.claim("code:x:abc", 60)).toBe(false);
    expect(await used.claim("code:x:abd", 60)).toBe(true);
    clock.t += 61;
    expect(await used.claim("code:x:abc", 60)).toBe(true);
  });
});
