// The prepare worker of an import: takes the scanning worker's slices of normalized messages, cuts them into
// batches and prepares each (hashes, promotion lines, article drafts: prepare-batch.ts), so that the main
// thread only writes. Started by prepare-export.ts; speaks prepare-protocol.ts.
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import type { ChannelSettings } from "../articles/types.js";
import { Mailbox } from "../shared/mailbox.js";
import { PortInbox } from "../shared/port-inbox.js";
import {
  type DecoderEvent,
  ExportFormatError,
  rebatch,
  type ScanReply,
  SLICE_CREDIT,
  untilEnd,
} from "../telegram/export/index.js";
import type { ImportedMessage } from "./message-facts.js";
import { packBatch } from "./pack-batch.js";
import { BatchPreparer } from "./prepare-batch.js";
import type { FromPrepareWorker, ToPrepareWorker } from "./prepare-protocol.js";

export interface PrepareWorkerInput {
  /** The scanning worker's output. */
  input: MessagePort;
  batchSize: number;
  /** Batches this worker may send before the main thread takes them. */
  batchesAhead: number;
}

const parent = parentPort;
if (parent === null) throw new Error("prepare-worker runs only as a worker thread");
const { input, batchSize, batchesAhead } = workerData as PrepareWorkerInput;
const send = (message: FromPrepareWorker) => parent.postMessage(message);

const fromMain = new Mailbox<ToPrepareWorker>();
/** Buffers of written batches, given back: see prepare-protocol.ts. */
const spare: ArrayBuffer[] = [];
parent.on("message", (m: ToPrepareWorker) => {
  if (m.kind === "buffer") {
    if (spare.length < batchesAhead + 1) spare.push(m.buffer);
  } else fromMain.put(m);
});
// The scanning worker reads with rawAsBytes and this import's facts module (prepare-export.ts).
const slices = new PortInbox<ScanReply<ImportedMessage>>(input);

let credits = batchesAhead;
let settings: ChannelSettings | undefined;

/** Waits for what the main thread must say before the next batch: the settings, then credits. */
async function untilMain(ready: () => boolean): Promise<void> {
  while (!ready()) {
    const m = await fromMain.take();
    if (m.kind === "credit") credits++;
    else if (m.kind === "settings") settings = m.settings;
  }
}

function decoderEvents(): AsyncGenerator<DecoderEvent<ImportedMessage>, void, undefined> {
  return untilEnd(
    () => slices.take(),
    "export reader's worker",
    () => input.postMessage(SLICE_CREDIT),
  );
}

try {
  let preparer: BatchPreparer | undefined;
  for await (const event of rebatch(decoderEvents(), batchSize)) {
    if (event.kind === "header") {
      send(event);
      continue;
    }
    await untilMain(() => settings !== undefined && credits > 0);
    preparer ??= new BatchPreparer(settings!, { hashDrafts: false });
    credits--;
    const batch = preparer.prepare(event.messages, event.skipped, event.bytesRead);
    const buffer = packBatch(batch, spare);
    parent.postMessage({ kind: "batch", batch } satisfies FromPrepareWorker, [buffer]);
    // The messages (their text, raw bytes and facts) are packed and sent: nothing keeps them alive while
    // this worker waits for the next batch, which would only push them into its old generation.
    event.messages.length = 0;
  }
  send({ kind: "end" });
} catch (error) {
  send(
    error instanceof ExportFormatError
      ? { kind: "error", error: error.toWire() }
      : { kind: "crash", message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
  );
} finally {
  parent.removeAllListeners("message");
  input.close();
}
