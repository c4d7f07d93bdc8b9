// The worker thread that reads, scans, parses and normalizes an export, so that the main thread only
// receives ready batches and stays free to write them. Plain JavaScript: Node 20 cannot start a worker
// from a TypeScript file. Protocol: see worker-events.ts.

import { parentPort, workerData } from "node:worker_threads";
import { ExportFormatError } from "./export-format-error.js";
import { readExportEvents } from "./export-reader.js";

/** @import { ReaderOptions } from "./export-reader.js" */

/** Events the worker may post before the consumer takes them. The consumer grants one more per event it
 * takes, so one is enough to parse the next batch while the consumer writes the current one; and a slow
 * consumer holds at most three batches alive: its own, one posted, one being built. */
const EVENTS_AHEAD = 1;

const port = parentPort;
if (port === null) throw new Error("scan-worker.js runs only as a worker thread");
const { resultJsonPath, options } = /** @type {{ resultJsonPath: string, options: ReaderOptions }} */ (workerData);

let credits = EVENTS_AHEAD;
/** @type {(() => void) | undefined} */
let wake;
const onCredit = () => {
  credits++;
  wake?.();
};
port.on("message", onCredit);

try {
  for await (const event of readExportEvents(resultJsonPath, options)) {
    while (credits === 0) {
      await new Promise((resolve) => {
        wake = () => resolve(undefined);
      });
    }
    credits--;
    port.postMessage(event);
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
