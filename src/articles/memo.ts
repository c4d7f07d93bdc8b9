// Remembering a pure function of a string. Channels reuse a few hashtags and places in post after post,
// and Unicode normalization of each costs far more than looking the answer up.

/** Distinct arguments kept; past this the memory starts again empty (simple, and bounded). */
const DEFAULT_CAPACITY = 2048;

/** `compute`, answering from memory for arguments seen since the memory last filled up. */
export function memoized<T>(compute: (key: string) => T, capacity = DEFAULT_CAPACITY): (key: string) => T {
  const memory = new Map<string, T>();
  return (key) => {
    const known = memory.get(key);
    if (known !== undefined || memory.has(key)) return known as T;
    const value = compute(key);
    if (memory.size >= capacity) memory.clear();
    memory.set(key, value);
    return value;
  };
}
