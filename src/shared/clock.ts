/** Time source, passed in so tests can control it. Returns Unix seconds. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Math.floor(Date.now() / 1000) };
