// The worker thread that reads, scans, parses and normalizes an export, so that the main thread only
// receives ready messages and stays free to write them. Started by startScanWorker (scan-protocol.ts),
// which also describes what it sends.
import { parentPort, workerData } from "node:worker_threads";
import type { DecoderEvent } from "./export-decoder.js";
import { ExportFormatError } from "./export-format-error.js";
import { readExportEvents } from "./export-reader.js";
import type { FactsModule, ScanWorkerInput } from "./scan-protocol.js";
import type { ScannedMessage } from "./types.js";

if (parentPort === null) throw new Error("the scan worker runs only as a worker thread");
const { resultJsonPath, options, eventsAhead, out, facts } = workerData as ScanWorkerInput;
const port = out ?? parentPort;

let credits = eventsAhead;
let wake: (() => void) | undefined;
const onCredit = () => {
  credits++;
  wake?.();
};
port.on("message", onCredit);

/** The file's events; with a facts module, each slice's messages carry their facts. */
async function* events(): AsyncGenerator<DecoderEvent<unknown>, void, undefined> {
  // Blocking reads: this thread has nothing else to do meanwhile (see export-reader.ts).
  const reading = { ...options, syncReads: true };
  if (facts === undefined || !reading.rawAsBytes) {
    yield* readExportEvents(resultJsonPath, reading);
    return;
  }
  const { messageFacts } = (await import(facts)) as FactsModule;
  for await (const event of readExportEvents(resultJsonPath, { ...reading, rawAsBytes: true })) {
    if (event.kind === "slice") {
      // Adds the property in place (a new object per message would cost an allocation each).
      for (const m of event.messages) (m as ScannedMessage & { facts: unknown }).facts = messageFacts(m);
    }
    yield event;
  }
}

try {
  for await (const event of events()) {
    // Facts are worked out before waiting for a credit: a slow consumer leaves time for them.
    while (credits === 0) {
      await new Promise<void>((resolve) => {
        wake = resolve;
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
