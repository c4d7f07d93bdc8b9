// V8 collects each young generation with helper tasks on its own threads ("parallel scavenging"). When
// the process's own threads already keep every core busy, as an import's three threads do on two cores,
// those helpers find no idle core: they only add handing over and waiting. Measured on a 100,000-post
// import on two cores (five alternating runs each, storing only): 4.76 s with parallel scavenging, 4.63 s
// without (--no-parallel-scavenge); --single-threaded-gc, which also stops concurrent marking, 4.71 s.
import os from "node:os";
import v8 from "node:v8";

let holders = 0;

/**
 * Scavenges on the collecting thread alone while `busyThreads` threads are at work, when the machine has
 * no more cores than that; returns the function that gives V8 its parallel scavenging back. The flag is
 * read at every scavenge, so it takes effect at once, in every isolate of the process.
 */
export function serialScavengesWhile(busyThreads: number): () => void {
  if (os.availableParallelism() > busyThreads || process.execArgv.includes("--no-parallel-scavenge")) {
    return () => {};
  }
  if (holders++ === 0) v8.setFlagsFromString("--no-parallel-scavenge");
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) v8.setFlagsFromString("--parallel-scavenge");
  };
}
