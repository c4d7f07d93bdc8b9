// The yardstick: a plain Node server writing one prebuilt buffer with precomputed headers.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const body = readFileSync(process.argv[2]!);
const headers = { "content-type": "text/html; charset=utf-8", "content-length": String(body.length) };
const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () =>
  process.stdout.write(`ready ${(server.address() as AddressInfo).port}\n`),
);
