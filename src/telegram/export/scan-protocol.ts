// The scanning worker (scan-worker.ts): how it is started and what it says. It posts the header, then
// slices of messages, then "end", or "error" (an ExportFormatError in wire form) or "crash" (a bug); its
// consumer grants one credit (SLICE_CREDIT) per event taken, so that only `eventsAhead` wait at a time.
import { type MessagePort, type ResourceLimits, Worker } from "node:worker_threads";
import { workerUrl } from "../../shared/worker-url.js";
import type { DecoderEvent } from "./export-decoder.js";
import type { ReaderOptions } from "./export-reader.js";
import type { ScannedMessage } from "./types.js";
import type { WorkerEnd } from "./worker-replies.js";

export interface ScanWorkerInput {
  resultJsonPath: string;
  options: ReaderOptions;
  /** Events the worker may post before the consumer takes them; the consumer grants one more per event taken. */
  eventsAhead: number;
  /** Where the consumer listens, when it is another worker (an import's prepare worker); the parent otherwise. */
  out?: MessagePort;
  /**
   * URL of a module (FactsModule) whose `messageFacts` works out what it can from each message alone before
   * the message leaves (an import's own facts, with `options.rawAsBytes`): work taken off the consumer's thread.
   */
  facts?: string;
}

/** What a facts module exports; each message of a slice gets the result as its `facts`. */
export interface FactsModule {
  messageFacts(message: ScannedMessage): unknown;
}

/** What the scanning worker posts: events whose messages are `M`, then its end. */
export type ScanReply<M> = DecoderEvent<M> | WorkerEnd;

/** What a consumer posts to the scanning worker for each event it takes (any message counts as one). */
export const SLICE_CREDIT = 1;

/** Starts a scanning worker; `input.out`, when given, is transferred to it. */
export function startScanWorker(input: ScanWorkerInput, resourceLimits: ResourceLimits): Worker {
  return new Worker(workerUrl("scan-worker", import.meta.url), {
    workerData: input,
    transferList: input.out ? [input.out] : [],
    resourceLimits,
  });
}
