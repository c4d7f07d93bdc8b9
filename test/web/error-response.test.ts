// One error path: whatever a route throws, the status comes from the error's stable code, and HTML and JSON
// callers get the same code.
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Services } from "../../src/compose/services.js";
import { openDatabase } from "../../src/db/connect.js";
import { DatelineError, type ErrorCode } from "../../src/shared/errors.js";
import { silentLogger } from "../../src/shared/logger.js";
import { createApp } from "../../src/web/app.js";
import { testServices } from "../helpers/services.js";

const THROWN: [ErrorCode, number][] = [
  ["BAD_REQUEST", 400],
  ["UNAUTHORIZED", 401],
  ["FORBIDDEN", 403],
  ["NOT_FOUND", 404],
  ["CONFLICT", 409],
  ["GONE", 410],
  ["TOO_LARGE", 413],
  ["RATE_LIMITED", 429],
  ["STORE", 500],
  ["NETWORK", 502],
];

describe("web/app.ts onError", () => {
  let s: Services;
  let app: Hono;
  const logged: unknown[] = [];

  beforeAll(async () => {
    s = await testServices(await openDatabase(":memory:"));
    const routes = new Hono();
    routes.get("/throw/:code", (c) => {
      throw new DatelineError(c.req.param("code") as ErrorCode, `refused: ${c.req.param("code")}`);
    });
    routes.get("/plain", () => {
      throw new Error("SQLITE_CORRUPT: secret table detail");
    });
    routes.get("/hono", () => {
      throw new HTTPException(413, { message: "Payload too large" });
    });
    const log = { ...silentLogger, error: (...a: unknown[]) => logged.push(a) } as typeof silentLogger;
    app = createApp({
      site: s.site,
      cache: s.cache,
      media: s.media,
      log,
      health: async () => {},
      extra: [routes],
    });
  });
  afterAll(() => s.close());

  it.each(THROWN)("answers a thrown %s with %i, as HTML and as JSON", async (code, status) => {
    const html = await app.request(`/throw/${code}`);
    expect(html.status).toBe(status);
    expect(html.headers.get("content-type")).toMatch(/text\/html/);
    const body = await html.text();
    // Below 500 the reader sees why; a fault shows nothing of its cause.
    if (status < 500) expect(body).toContain(`refused: ${code}`);
    else expect(body).not.toContain("refused");

    const json = await app.request(`/throw/${code}`, { headers: { accept: "application/json" } });
    expect(json.status).toBe(status);
    expect(await json.json()).toEqual({
      error: { code, message: status < 500 ? `refused: ${code}` : expect.stringMatching(/went wrong/) },
    });
  });

  it("keeps an unexpected error's details out of the page and in the log", async () => {
    const res = await app.request("/plain");
    expect(res.status).toBe(500);
    expect(await res.text()).not.toMatch(/SQLITE|secret/);
    expect(logged.length).toBeGreaterThan(0);
    const json = await app.request("/plain", { headers: { accept: "application/json" } });
    expect(await json.json()).toEqual({ error: { code: "INTERNAL", message: expect.any(String) } });
  });

  it("keeps the status of Hono's own refusals", async () => {
    const res = await app.request("/hono", { headers: { accept: "application/json" } });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: "TOO_LARGE", message: "Payload too large" } });
  });
});
