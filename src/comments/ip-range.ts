// IP addresses and CIDR ranges (blocks, trusted proxies), on Node's BlockList, which knows IPv4 and IPv6.
import { BlockList, isIP } from "node:net";

/** The address in canonical form; IPv4-mapped IPv6 ("::ffff:192.0.2.1") as the IPv4 it is. Null if not an IP. */
export function normalizeIp(raw: string): string | null {
  let s = raw.trim();
  if (s.startsWith("[") && s.includes("]")) s = s.slice(1, s.indexOf("]"));
  s = s.replace(/%.*$/, ""); // zone id
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(s);
  if (mapped?.[1]) s = mapped[1];
  const family = isIP(s);
  if (family === 4) return s;
  if (family === 6) return s.toLowerCase();
  return null;
}

export interface Cidr {
  address: string;
  prefix: number;
  family: "ipv4" | "ipv6";
}

/** "192.0.2.0/24", "2001:db8::/32", or a single address (a /32 or /128). Null when malformed. */
export function parseCidr(raw: string): Cidr | null {
  const [addr = "", prefixText, extra] = raw.trim().split("/");
  if (extra !== undefined) return null;
  const address = normalizeIp(addr);
  if (!address) return null;
  const family = isIP(address) === 4 ? "ipv4" : "ipv6";
  const max = family === "ipv4" ? 32 : 128;
  if (prefixText === undefined) return { address, prefix: max, family };
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  return prefix <= max ? { address, prefix, family } : null;
}

export function formatCidr(c: Cidr): string {
  return `${c.address}/${c.prefix}`;
}

/** A set of ranges; `contains` answers for any address form. */
export class IpRanges {
  private readonly list = new BlockList();
  readonly size: number;

  constructor(ranges: readonly (string | Cidr)[]) {
    let n = 0;
    for (const r of ranges) {
      const c = typeof r === "string" ? parseCidr(r) : r;
      if (!c) continue;
      this.list.addSubnet(c.address, c.prefix, c.family);
      n++;
    }
    this.size = n;
  }

  contains(ip: string): boolean {
    if (this.size === 0) return false;
    const a = normalizeIp(ip);
    if (!a) return false;
    return this.list.check(a, isIP(a) === 4 ? "ipv4" : "ipv6");
  }
}
