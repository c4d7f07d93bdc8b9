// Failed sign-ins are counted per IP address and per username (in memory: an attacker restarting the server
// gains nothing a password guesser could use at argon2's cost). After MAX_FAILURES within the window, that
// address or username is refused until the window has passed.
import type { Clock } from "../shared/clock.js";

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_SECONDS = 15 * 60;
const MAX_TRACKED = 10_000;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  private recent(key: string): number[] {
    const since = this.clock.now() - FAILURE_WINDOW_SECONDS;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  blocked(keys: readonly string[]): boolean {
    return keys.some((k) => this.recent(k).length >= MAX_FAILURES);
  }

  fail(keys: readonly string[]): void {
    if (this.failures.size > MAX_TRACKED) this.failures.clear();
    for (const k of keys) this.failures.set(k, [...this.recent(k), this.clock.now()]);
  }

  succeed(keys: readonly string[]): void {
    for (const k of keys) this.failures.delete(k);
  }
}
