// Every test file runs with outbound network disabled: a connection to anything but loopback fails the test.
// Telegram, OAuth providers and translators are local servers in the tests (see test/helpers/).
import net from "node:net";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;

function hostOf(args: unknown[]): string | undefined {
  const [first, second] = args;
  if (Array.isArray(first)) return hostOf(first);
  if (typeof first === "object" && first !== null) {
    const opts = first as { host?: string; path?: string };
    if (opts.path) return undefined; // Unix socket (PostgreSQL may use one)
    return opts.host ?? "localhost";
  }
  if (typeof first === "number") return typeof second === "string" ? second : "localhost";
  return undefined; // a string path: a Unix socket
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
  const host = hostOf(args);
  if (host !== undefined && !LOOPBACK.test(host)) {
    throw new Error(`Outbound network is disabled in tests: attempted connection to ${host}`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
