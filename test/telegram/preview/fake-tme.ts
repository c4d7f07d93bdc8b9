// A local stand-in for t.me: a node:http server on 127.0.0.1 answering from a route function,
// recording every request. Tests never reach the network.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface FakeTme {
  baseUrl: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function startFakeTme(route: (path: string, n: number) => FakeResponse): Promise<FakeTme> {
  const requests: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ path, headers: req.headers });
    const answer = route(path, requests.length);
    res.writeHead(answer.status ?? 200, { "content-type": "text/html; charset=utf-8", ...answer.headers });
    res.end(answer.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** Virtual time for the client: `sleep` records and advances it instantly. */
export function virtualTime() {
  let clock = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => clock,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock += ms;
    },
  };
}
