// Regroups the decoder's small slices into the caller's batches of exactly batchSize messages (the last may
// be shorter). Both the worker and the in-thread reader go through it, so both cut batches alike.
import type { DecoderEvent } from "./export-decoder.js";
import type { ExportHeader } from "./types.js";

/** A batch with how far into the file it reaches, for progress. */
export type BatchEvent<M> = { kind: "batch"; messages: M[]; skipped: number; bytesRead: number };

export async function* rebatch<M>(
  events: AsyncIterable<DecoderEvent<M>>,
  batchSize: number,
): AsyncGenerator<{ kind: "header"; header: ExportHeader } | BatchEvent<M>, void, undefined> {
  let messages: M[] = [];
  let skipped = 0;
  let bytesRead = 0;
  for await (const event of events) {
    if (event.kind === "header") {
      yield event;
      continue;
    }
    // A slice's skipped messages count in the batch its first message goes to.
    skipped += event.skipped;
    bytesRead = event.bytesRead;
    let rest = event.messages;
    while (messages.length + rest.length >= batchSize) {
      const take = batchSize - messages.length;
      messages.push(...rest.slice(0, take));
      rest = rest.slice(take);
      yield { kind: "batch", messages, skipped, bytesRead };
      messages = [];
      skipped = 0;
    }
    messages.push(...rest);
  }
  if (messages.length > 0 || skipped > 0) yield { kind: "batch", messages, skipped, bytesRead };
}
