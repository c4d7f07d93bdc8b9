// Messages between an import's threads (see prepare-export.ts): the scanning worker feeds the prepare
// worker, which feeds the main thread; each consumer grants credits so that at most a few slices and
// batches are in flight.
import type { ChannelSettings } from "../articles/types.js";
import type { ExportFormatErrorWire, ExportHeader } from "../telegram/export/index.js";
import type { PreparedBatch } from "./prepare-batch.js";

/** Main thread → prepare worker. */
export type ToPrepareWorker =
  /** The channel the export goes to, as stored: sent once, in answer to the header. */
  | { kind: "settings"; settings: ChannelSettings }
  /** One more batch may be sent. */
  | { kind: "credit" }
  /**
   * A written batch's buffer (PreparedBatch.buffer), given back to pack a later batch into. Reusing a
   * few buffers, rather than allocating one a batch on one thread and freeing it on another, keeps the
   * C heap from growing: glibc's malloc otherwise holds on to the freed buffers (tens of MB of RSS).
   */
  | { kind: "buffer"; buffer: ArrayBuffer };

/** Prepare worker → main thread. */
export type FromPrepareWorker =
  | { kind: "header"; header: ExportHeader }
  | { kind: "batch"; batch: PreparedBatch }
  | { kind: "end" }
  /** The file is malformed (an ExportFormatError, rebuilt on the main thread). */
  | { kind: "error"; error: ExportFormatErrorWire }
  /** A bug. */
  | { kind: "crash"; message: string };
