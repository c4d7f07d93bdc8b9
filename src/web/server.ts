import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import type { Hono } from "hono";
import { fastPath, type PageCache } from "./page-cache.js";

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server: cache hits are answered by the fast path, everything else by the app. */
export async function startServer(
  app: Hono,
  cache: PageCache,
  port: number,
  host = "0.0.0.0",
): Promise<RunningServer> {
  const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false });
  const server = createServer(fastPath(cache, listener));
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return {
    server,
    port: actual,
    url: `http://${shownHost}:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
