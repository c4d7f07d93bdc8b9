// The address a request came from. X-Forwarded-For is anyone's to write, so it is read only when the
// connection comes from a configured proxy (config.trustedProxies), and then from the right: each trusted
// proxy appended the address it saw, so the first untrusted address from the right is the client's.
import { type IpRanges, normalizeIp } from "./ip-range.js";

/** What is stored when the connection's address is unknown (in-process requests in tests). */
export const UNKNOWN_IP = "0.0.0.0";

export function clientIp(
  remote: string | undefined,
  forwardedFor: string | undefined,
  trusted: IpRanges,
): string {
  let ip = remote ? normalizeIp(remote) : null;
  if (!ip) return UNKNOWN_IP;
  if (!forwardedFor || !trusted.contains(ip)) return ip;
  const hops = forwardedFor.split(",").reverse();
  for (const hop of hops) {
    const next = normalizeIp(hop);
    if (!next) break; // garbage: keep the last address a trusted proxy vouched for
    ip = next;
    if (!trusted.contains(next)) break;
  }
  return ip;
}
