// An export read and prepared for writing, on as many cores as the machine gives: the scanning worker reads,
// parses and normalizes (telegram/export/scan-worker.ts), the prepare worker derives hashes, promotion lines
// and article drafts (prepare-worker.ts), and the caller's thread only writes. With `worker: false`
// everything runs on the caller's thread, with the same results (tests, small files).
//
//   result.json ─▶ scan worker ─slices─▶ prepare worker ─batches─▶ main thread (database)
//                        ◀─credits──────────────◀─credits, settings──
import { MessageChannel, Worker } from "node:worker_threads";
import type { ChannelSettings } from "../articles/types.js";
import { Mailbox } from "../shared/mailbox.js";
import { serialScavengesWhile } from "../shared/serial-scavenges.js";
import { workerUrl } from "../shared/worker-url.js";
import {
  ExportFormatError,
  type ExportHeader,
  type ReaderOptions,
  readExportEvents,
  readerOptions,
  rebatch,
  sizeOf,
  startScanWorker,
  untilEnd,
} from "../telegram/export/index.js";
import { viewPacked } from "./pack-batch.js";
import { BatchPreparer, type PreparedBatch } from "./prepare-batch.js";
import type { FromPrepareWorker, ToPrepareWorker } from "./prepare-protocol.js";
import type { PrepareWorkerInput } from "./prepare-worker.js";

export interface PrepareExportOptions {
  /** Zone of the `date` fields of old exports without date_unixtime. */
  timezone?: string;
  batchSize: number;
  /** Worker threads (default true). */
  worker?: boolean;
}

export type PrepareEvent =
  | { kind: "header"; header: ExportHeader; totalBytes: number }
  | { kind: "batch"; batch: PreparedBatch };

export interface ExportPreparation {
  /**
   * The header first, then the prepared batches; fails with ExportFormatError on a malformed file. A
   * batch's packed bytes (pack-batch.ts) are valid until the next event is asked for: their buffer is
   * then reused.
   */
  events(): AsyncGenerator<PrepareEvent, void, undefined>;
  /** Answers the header: the stored channel the export goes to. Batches are prepared after this. */
  setChannel(settings: ChannelSettings): void;
}

export function prepareExport(resultJsonPath: string, opts: PrepareExportOptions): ExportPreparation {
  return opts.worker === false
    ? new InThreadPreparation(resultJsonPath, opts)
    : new ThreadedPreparation(resultJsonPath, opts);
}

class InThreadPreparation implements ExportPreparation {
  private preparer: BatchPreparer | undefined;

  constructor(
    private readonly path: string,
    private readonly opts: PrepareExportOptions,
  ) {}

  setChannel(settings: ChannelSettings): void {
    this.preparer = new BatchPreparer(settings);
  }

  async *events(): AsyncGenerator<PrepareEvent, void, undefined> {
    const { batchSize } = this.opts;
    const options = readerOptions(this.opts.timezone ? { timezone: this.opts.timezone } : {}, batchSize);
    const totalBytes = await sizeOf(this.path);
    const slices = readExportEvents(this.path, { ...options, rawAsBytes: true });
    for await (const ev of rebatch(slices, batchSize)) {
      if (ev.kind === "header") {
        yield { kind: "header", header: ev.header, totalBytes };
        continue;
      }
      if (!this.preparer) throw new Error("setChannel() must answer the header before batches are read");
      yield { kind: "batch", batch: this.preparer.prepare(ev.messages, ev.skipped, ev.bytesRead) };
    }
  }
}

// The settings below were measured together on a 100,000-post import; docs/import-performance.md has the
// figures and the alternatives tried.
/**
 * The scanning worker's slices, read chunks and young generation, chosen together: a message parsed from
 * a chunk stays alive until its slice leaves the worker, so small slices and chunks and a young generation
 * that outlives them keep the worker's messages out of its old generation.
 */
const SLICE_SIZE = 125;
const CHUNK_BYTES = 128 * 1024;
const SCAN_YOUNG_GENERATION_MB = 24;
/**
 * The prepare worker holds a whole batch while it builds the batch's articles: its young generation is
 * large enough that a batch dies there, and no larger (a larger one was slower).
 */
const PREPARE_YOUNG_GENERATION_MB = 32;
/**
 * What either worker ever holds is a chunk of the file and a few batches: a few MB. Left alone, V8 lets
 * each worker's heap grow far beyond that before it collects.
 */
const WORKER_OLD_GENERATION_MB = 64;
/**
 * How far each stage may run ahead of the next: batches the prepare worker may have ready while the main
 * thread writes one, and slices beyond a batch the scanning worker may have sent. Three threads share
 * two cores, and each stage's pace varies from batch to batch: deeper queues let a stage that is ahead go
 * on working while the next catches up (deeper than these gained nothing).
 */
const BATCHES_AHEAD = 4;
const SLICES_AHEAD = 3;

class ThreadedPreparation implements ExportPreparation {
  private prepare: Worker | undefined;

  constructor(
    private readonly path: string,
    private readonly opts: PrepareExportOptions,
  ) {}

  setChannel(settings: ChannelSettings): void {
    this.post({ kind: "settings", settings });
  }

  private post(message: ToPrepareWorker, transfer: ArrayBuffer[] = []): void {
    this.prepare?.postMessage(message, transfer);
  }

  async *events(): AsyncGenerator<PrepareEvent, void, undefined> {
    const { batchSize } = this.opts;
    const options = readerOptions(
      { chunkSize: CHUNK_BYTES, ...(this.opts.timezone ? { timezone: this.opts.timezone } : {}) },
      batchSize,
    );
    const reader = { ...options, sliceSize: Math.min(SLICE_SIZE, batchSize), rawAsBytes: true };
    const totalBytes = await sizeOf(this.path);
    const { scan, prepare, mailbox } = this.startWorkers(reader);
    this.prepare = prepare;
    // Three busy threads: on two cores, parallel scavenging only costs (see shared/serial-scavenges.ts).
    const restoreScavenges = serialScavengesWhile(3);
    try {
      const replies = untilEnd(
        () => mailbox.take(),
        "import preparation worker",
        // Granted as a batch is handed out, so the worker prepares the next one during the writes.
        (reply) => reply.kind === "batch" && this.post({ kind: "credit" }),
      );
      for await (const reply of replies) {
        if (reply.kind === "header") {
          yield { kind: "header", header: reply.header, totalBytes };
          continue;
        }
        viewPacked(reply.batch);
        yield { kind: "batch", batch: reply.batch };
        // The consumer asks for the next event: it is done with this batch, whose buffer goes back.
        const { buffer } = reply.batch;
        if (buffer) this.post({ kind: "buffer", buffer }, [buffer]);
      }
    } finally {
      restoreScavenges();
      this.prepare = undefined;
      await Promise.all([scan.terminate(), prepare.terminate()]);
    }
  }

  /** The scanning worker feeding the prepare worker, whose replies (and both one's failures) fill the mailbox. */
  private startWorkers(reader: ReaderOptions): {
    scan: Worker;
    prepare: Worker;
    mailbox: Mailbox<FromPrepareWorker>;
  } {
    const { batchSize } = this.opts;
    const channel = new MessageChannel();
    const scan = startScanWorker(
      {
        resultJsonPath: this.path,
        options: reader,
        eventsAhead: Math.ceil(batchSize / reader.sliceSize) + SLICES_AHEAD,
        out: channel.port1,
        facts: workerUrl("message-facts", import.meta.url).href,
      },
      {
        maxYoungGenerationSizeMb: SCAN_YOUNG_GENERATION_MB,
        maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB,
      },
    );
    const input: PrepareWorkerInput = { input: channel.port2, batchSize, batchesAhead: BATCHES_AHEAD };
    const prepare = new Worker(workerUrl("prepare-worker", import.meta.url), {
      workerData: input,
      transferList: [channel.port2],
      resourceLimits: {
        maxYoungGenerationSizeMb: PREPARE_YOUNG_GENERATION_MB,
        maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB,
      },
    });
    const mailbox = new Mailbox<FromPrepareWorker>();
    prepare.on("message", (m: FromPrepareWorker) => mailbox.put(m));
    for (const worker of [scan, prepare]) worker.on("error", (error) => mailbox.fail(workerError(error)));
    // The scanning worker ends when it has handed everything to the prepare worker, which ends last.
    scan.on("exit", (code) => {
      if (code !== 0) mailbox.fail(new Error(`the export reader's worker stopped (exit code ${code})`));
    });
    prepare.on("exit", (code) =>
      mailbox.fail(new Error(`the import preparation worker stopped early (exit code ${code})`)),
    );
    return { scan, prepare, mailbox };
  }
}

/** A worker's failure, in words for the user when it ran out of memory. */
function workerError(error: Error): Error {
  if ((error as { code?: string }).code !== "ERR_WORKER_OUT_OF_MEMORY") return error;
  return new ExportFormatError(
    `the import ran out of memory in a worker (${WORKER_OLD_GENERATION_MB} MB): result.json holds a message far larger than Telegram allows`,
    { cause: error },
  );
}
