// Domain rules as named functions: moderation order, thread depth, closing, rate limits, IP ranges, the
// client address behind proxies, and the signed form time (the signed cookies: test/web/comments/).
import { describe, expect, it } from "vitest";
import { FAILURE_WINDOW_SECONDS, LoginThrottle, MAX_FAILURES } from "../../src/admin/login-throttle.js";
import { clientIp } from "../../src/comments/client-ip.js";
import { checkFormStamp, formStamp } from "../../src/comments/form-stamp.js";
import { IpRanges, normalizeIp, parseCidr } from "../../src/comments/ip-range.js";
import {
  type ModerationFacts,
  type ModerationPolicy,
  moderate,
} from "../../src/comments/moderation-policy.js";
import { firstLimitReached, rateLimits } from "../../src/comments/rate-limits.js";
import {
  commentsOpen,
  DEFAULT_MAX_DEPTH,
  depthPermitsReply,
  pageOfRoot,
} from "../../src/comments/thread-rules.js";
import { EMPTY_WORDS, wordList } from "../../src/comments/word-list.js";

const policy = (p: Partial<ModerationPolicy> = {}): ModerationPolicy => ({
  mode: "first",
  maxLinks: 2,
  moderationWords: EMPTY_WORDS,
  disallowedWords: EMPTY_WORDS,
  ...p,
});
const facts = (f: Partial<ModerationFacts> = {}): ModerationFacts => ({
  fields: ["Amira", "amira@example.org", "", "A fair point.", "203.0.113.7"],
  links: 0,
  knownIdentity: true,
  emailProven: true,
  checker: null,
  ...f,
});

describe("moderation", () => {
  it("publishes a known identity's plain comment", () => {
    expect(moderate(facts(), policy())).toEqual({ status: "approved" });
    expect(moderate(facts({ knownIdentity: false }), policy({ mode: "open" }))).toEqual({
      status: "approved",
    });
  });
  it("holds a first comment, and says when the email is not proven", () => {
    expect(moderate(facts({ knownIdentity: false }), policy())).toEqual({
      status: "pending",
      reason: "first comment",
    });
    expect(moderate(facts({ knownIdentity: false, emailProven: false }), policy())).toMatchObject({
      status: "pending",
      reason: "first comment, email not proven",
    });
  });
  it("holds at two links, on a moderation word, and everything in 'all' mode", () => {
    expect(moderate(facts({ links: 2 }), policy())).toMatchObject({ status: "pending", reason: "2 links" });
    expect(moderate(facts({ links: 1 }), policy())).toEqual({ status: "approved" });
    expect(moderate(facts({ links: 5 }), policy({ maxLinks: 0 }))).toEqual({ status: "approved" });
    expect(moderate(facts(), policy({ moderationWords: wordList(["FAIR"]) }))).toMatchObject({
      status: "pending",
    });
    expect(moderate(facts(), policy({ mode: "all" }))).toMatchObject({ status: "pending" });
  });
  it("sends disallowed words (any field, look-alikes folded) and checker spam to spam, before holding rules", () => {
    const words = wordList(["casino", "# a comment line", ""]);
    expect(words.words).toEqual(["casino"]);
    expect(
      moderate(facts({ fields: ["ｃａｓｉｎｏ fan"], links: 9 }), policy({ disallowedWords: words })),
    ).toMatchObject({
      status: "spam",
    });
    expect(moderate(facts({ checker: "spam" }), policy())).toMatchObject({ status: "spam" });
    expect(moderate(facts({ checker: "unavailable" }), policy({ mode: "open" }))).toMatchObject({
      status: "pending",
    });
  });
});

describe("threads", () => {
  it("permits replies down to the configured depth", () => {
    expect(DEFAULT_MAX_DEPTH).toBe(5);
    expect(depthPermitsReply(4)).toBe(true);
    expect(depthPermitsReply(5)).toBe(false);
    expect(depthPermitsReply(1, 1)).toBe(false);
  });
  it("closes after N days when configured", () => {
    expect(commentsOpen(0, 10 * 86_400, 0)).toBe(true);
    expect(commentsOpen(0, 10 * 86_400, 14)).toBe(true);
    expect(commentsOpen(0, 14 * 86_400, 14)).toBe(false);
  });
  it("pages threads by their top-level comment", () => {
    expect(pageOfRoot(0, 50)).toBe(1);
    expect(pageOfRoot(49, 50)).toBe(1);
    expect(pageOfRoot(50, 50)).toBe(2);
  });
});

describe("rate limits", () => {
  it("refuses a second comment within the flood window, per IP and per identity", async () => {
    const limits = rateLimits(15);
    const now = 1000;
    const posted: Record<string, number[]> = { ip: [990], identity: [] };
    const count = async (scope: "ip" | "identity", since: number) =>
      posted[scope]!.filter((t) => t > since).length;
    expect((await firstLimitReached(limits, count, now))?.refusal).toBe("flood");
    posted.ip = [980];
    expect(await firstLimitReached(limits, count, now)).toBeNull();
    posted.identity = Array.from({ length: 20 }, (_, i) => 100 + i);
    expect((await firstLimitReached(limits, count, now))?.refusal).toBe("rate");
  });
});

describe("IP addresses", () => {
  it("normalizes and matches CIDR ranges, IPv4 and IPv6", () => {
    expect(normalizeIp("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeIp("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normalizeIp("not an ip")).toBeNull();
    expect(parseCidr("192.0.2.0/33")).toBeNull();
    expect(parseCidr("192.0.2.9")).toEqual({ address: "192.0.2.9", prefix: 32, family: "ipv4" });
    const r = new IpRanges(["192.0.2.0/24", "2001:db8::/32", "garbage"]);
    expect(r.size).toBe(2);
    expect(r.contains("192.0.2.200")).toBe(true);
    expect(r.contains("::ffff:192.0.2.5")).toBe(true);
    expect(r.contains("192.0.3.1")).toBe(false);
    expect(r.contains("2001:db8:ffff::1")).toBe(true);
  });
  it("trusts X-Forwarded-For only from configured proxies, read from the right", () => {
    const proxies = new IpRanges(["10.0.0.0/8"]);
    expect(clientIp("198.51.100.4", "1.2.3.4", proxies)).toBe("198.51.100.4");
    expect(clientIp("10.0.0.2", "1.2.3.4, 198.51.100.9", proxies)).toBe("198.51.100.9");
    expect(clientIp("10.0.0.2", "198.51.100.9, 10.0.0.7", proxies)).toBe("198.51.100.9");
    expect(clientIp("10.0.0.2", "garbage", proxies)).toBe("10.0.0.2");
    expect(clientIp(undefined, "1.2.3.4", proxies)).toBe("0.0.0.0");
  });
});

describe("editor sign-in throttle", () => {
  it("refuses an address or username after five failures within fifteen minutes", () => {
    const clock = {
      t: 0,
      now() {
        return this.t;
      },
    };
    const throttle = new LoginThrottle(clock);
    for (let i = 0; i < MAX_FAILURES; i++) throttle.fail(["ip:a", "user:x"]);
    expect(throttle.blocked(["ip:b", "user:x"])).toBe(true);
    expect(throttle.blocked(["ip:a", "user:y"])).toBe(true);
    expect(throttle.blocked(["ip:b", "user:y"])).toBe(false);
    clock.t += FAILURE_WINDOW_SECONDS + 1;
    expect(throttle.blocked(["ip:a", "user:x"])).toBe(false);
  });
});

describe("signed values", () => {
  const secret = "s".repeat(32);
  it("form time: too fast, fine, stale, forged", () => {
    const stamp = formStamp(secret, 1000);
    expect(checkFormStamp(secret, stamp, 1001, 3)).toBe("too-fast");
    expect(checkFormStamp(secret, stamp, 1003, 3)).toBe("ok");
    expect(checkFormStamp(secret, stamp, 1000 + 2 * 86_400, 3)).toBe("stale");
    expect(checkFormStamp(secret, stamp.replace(/^1000/, "900"), 1003, 3)).toBe("missing");
    expect(checkFormStamp("t".repeat(32), stamp, 1003, 3)).toBe("missing");
  });
});
