// Editors and their sessions, on SQLite and PostgreSQL: sessions found by their token's hash until they
// expire, and a new password ends every session.
import { beforeAll, expect, it } from "vitest";
import { EditorStore } from "../../../src/store/admin/editor-store.js";
import { describeEachDatabase } from "../../helpers/databases.js";

describeEachDatabase("editor store", (getDb) => {
  let editors: EditorStore;
  let id = 0;

  beforeAll(async () => {
    editors = new EditorStore(getDb().db);
    id = (await editors.create("amira", "$argon2id$hash", 1000)).id;
    await editors.create("basim", "$argon2id$other", 1001);
  });

  it("finds editors by username and lists them by name", async () => {
    expect((await editors.byUsername("amira"))?.id).toBe(id);
    expect(await editors.byUsername("nobody")).toBeUndefined();
    expect((await editors.list()).map((e) => e.username)).toEqual(["amira", "basim"]);
    await editors.noteLogin(id, 1500);
    expect((await editors.byUsername("amira"))?.last_login_at).toBe(1500);
  });

  it("finds a session until it expires, touches and ends it", async () => {
    await editors.createSession("hash-1", id, 2000, 3000);
    expect(await editors.session("hash-1", 2500)).toEqual({
      editorId: id,
      username: "amira",
      lastSeen: 2000,
    });
    await editors.touchSession("hash-1", 2600);
    expect((await editors.session("hash-1", 2700))?.lastSeen).toBe(2600);
    expect(await editors.session("hash-1", 3000)).toBeNull();
    await editors.endExpired(3000);
    await editors.createSession("hash-2", id, 2000, 3000);
    await editors.endSession("hash-2");
    expect(await editors.session("hash-2", 2500)).toBeNull();
  });

  it("ends every session of an editor whose password changes", async () => {
    await editors.createSession("hash-3", id, 4000, 9000);
    await editors.setPassword(id, "$argon2id$new");
    expect(await editors.session("hash-3", 4001)).toBeNull();
    expect((await editors.byUsername("amira"))?.password_hash).toBe("$argon2id$new");
  });
});
