// What can be learnt from one message alone, before it meets the others of its batch: its hash, the lines
// that may be promotion lines, and the stored form of its post. An import's scanning worker works these
// out as it reads (scan-worker.js loads this module), which spreads the work of preparing a batch over
// both workers; BatchPreparer works out what is missing.
import { candidateLines } from "../articles/promo.js";
import type { MessageFacts, SourceMessage } from "../telegram/post.js";
import { postHash } from "./post-hash.js";
import { postColumn } from "./stored-post.js";

export function messageFacts(m: SourceMessage): MessageFacts {
  return { hash: postHash(m.post), promoCandidates: candidateLines(m.post.text), postColumn: postColumn(m) };
}

/** For the scanning worker: attaches the facts to each message of a slice. */
export function addFacts(messages: SourceMessage[]): void {
  for (const m of messages) m.facts = messageFacts(m);
}
