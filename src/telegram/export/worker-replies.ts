// The end of a worker's stream of replies, as every consumer of an export worker reads it: "end", an
// ExportFormatError in wire form, or a crash (a bug).
import { ExportFormatError, type ExportFormatErrorWire } from "./export-format-error.js";

export type WorkerEnd =
  | { kind: "end" }
  | { kind: "error"; error: ExportFormatErrorWire }
  | { kind: "crash"; message: string };

/**
 * The replies taken from `take` up to "end"; an error or crash is thrown. `onTaken` runs as each reply is
 * handed out, not when the consumer comes back for more, so that a credit granted there keeps the
 * worker busy while the consumer works.
 */
export async function* untilEnd<T extends { kind: string }>(
  take: () => Promise<T | WorkerEnd>,
  worker: string,
  onTaken: (reply: T) => void,
): AsyncGenerator<T, void, undefined> {
  for (;;) {
    const reply = await take();
    if (isEnd(reply)) {
      if (reply.kind === "end") return;
      if (reply.kind === "error") throw ExportFormatError.fromWire(reply.error);
      throw new Error(`the ${worker} failed: ${reply.message}`);
    }
    onTaken(reply);
    yield reply;
  }
}

function isEnd(reply: { kind: string }): reply is WorkerEnd {
  return reply.kind === "end" || reply.kind === "error" || reply.kind === "crash";
}
