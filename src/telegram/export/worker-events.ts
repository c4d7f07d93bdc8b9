// Runs the export reader in a worker thread (scan-worker.ts) and hands its events to an async consumer.
//
// Flow control: the worker may post a batch's worth of slices ahead, then waits for one credit per slice the
// consumer takes. So while the consumer writes one batch the worker prepares the next, and a slow consumer
// (a database) never lets messages pile up: about two batches are alive at any time. Slices travel by
// structured clone.

import { Mailbox } from "../../shared/mailbox.js";
import type { SourceMessage } from "../post.js";
import type { DecoderEvent } from "./export-decoder.js";
import type { ReaderOptions } from "./export-reader.js";
import { type ScanReply, SLICE_CREDIT, startScanWorker } from "./scan-protocol.js";
import { untilEnd } from "./worker-replies.js";

/** The worker's objects die young (a slice leaves the thread as soon as it is full), so a young generation
 * smaller than V8's default saves memory at no measurable cost in CPU (docs/import-performance.md). */
const WORKER_YOUNG_GENERATION_MB = 8;

export async function* readExportInWorker(
  resultJsonPath: string,
  options: ReaderOptions & { rawAsBytes?: false },
  batchSize: number,
  signal?: AbortSignal,
): AsyncGenerator<DecoderEvent<SourceMessage>, void, undefined> {
  const eventsAhead = Math.ceil(batchSize / options.sliceSize) + 1;
  const worker = startScanWorker(
    { resultJsonPath, options, eventsAhead },
    { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  );
  const mailbox = new Mailbox<ScanReply<SourceMessage>>();
  worker.on("message", (reply: ScanReply<SourceMessage>) => mailbox.put(reply));
  worker.on("error", (error) => mailbox.fail(error));
  worker.on("exit", (code) =>
    mailbox.fail(new Error(`the export reader's worker stopped early (exit code ${code})`)),
  );
  const onAbort = () => mailbox.interrupt(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) onAbort();
  try {
    yield* untilEnd(
      () => mailbox.take(),
      "export reader's worker",
      () => worker.postMessage(SLICE_CREDIT),
    );
  } finally {
    signal?.removeEventListener("abort", onAbort);
    await worker.terminate();
  }
}
