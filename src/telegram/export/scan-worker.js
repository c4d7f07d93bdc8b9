// The worker thread that reads, scans, parses and normalizes an export, so that the main thread only
// receives ready messages and stays free to write them. Plain JavaScript: Node 20 cannot start a worker
// from a TypeScript file. Protocol: see worker-events.ts.

import { parentPort, workerData } from "node:worker_threads";
import { ExportFormatError } from "./export-format-error.js";
import { readExportEvents } from "./export-reader.js";

/** @import { ReaderOptions } from "./export-reader.js" */

/**
 * @typedef {object} WorkerInput
 * @property {string} resultJsonPath
 * @property {ReaderOptions} options
 * @property {number} eventsAhead events the worker may post before the consumer takes them; the consumer
 *   grants one more per event taken
 * @property {import("node:worker_threads").MessagePort} [out] where the consumer listens, when it is another
 *   worker (an import's prepare-worker); the parent otherwise
 * @property {string} [facts] URL of a module whose `addFacts(messages)` annotates each slice before it
 *   leaves (an import's ingest/message-facts.ts): work taken off the consumer's thread
 */

if (parentPort === null) throw new Error("scan-worker.js runs only as a worker thread");
const { resultJsonPath, options, eventsAhead, out } = /** @type {WorkerInput} */ (workerData);
const port = out ?? parentPort;
const addFacts = workerData.facts
  ? /** @type {{ addFacts: (messages: import("../post.js").SourceMessage[]) => void }} */ (
      await import(workerData.facts)
    ).addFacts
  : undefined;

let credits = eventsAhead;
/** @type {(() => void) | undefined} */
let wake;
const onCredit = () => {
  credits++;
  wake?.();
};
port.on("message", onCredit);

try {
  // Blocking reads: this thread has nothing else to do meanwhile (see export-reader.js).
  for await (const event of readExportEvents(resultJsonPath, { ...options, syncReads: true })) {
    // Before waiting for a credit: a slow consumer leaves time for it.
    if (addFacts && event.kind === "slice") addFacts(event.messages);
    while (credits === 0) {
      await new Promise((resolve) => {
        wake = () => resolve(undefined);
      });
    }
    credits--;
    // A slice's raw bytes travel in one buffer, moved rather than copied.
    port.postMessage(event, event.kind === "slice" && event.rawBuffer ? [event.rawBuffer] : []);
  }
  port.postMessage({ kind: "end" });
} catch (error) {
  port.postMessage(
    error instanceof ExportFormatError
      ? { kind: "error", error: error.toWire() }
      : { kind: "crash", message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
  );
} finally {
  port.off("message", onCredit);
}
