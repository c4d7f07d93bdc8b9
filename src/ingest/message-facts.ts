// What can be learnt from one message alone, before it meets the others of its batch: its hash, the lines
// that may be promotion lines, and the stored form of its post. An import's scanning worker works these
// out as it reads (it loads this module: a FactsModule of telegram/export), which spreads the work of
// preparing a batch over both workers; BatchPreparer works out what is missing.
import { candidateLines } from "../articles/promo.js";
import type { ScannedMessage } from "../telegram/export/index.js";
import { postHash } from "./post-hash.js";
import { exportPostColumn } from "./stored-post.js";

export interface MessageFacts {
  /** postHash of the post. */
  hash: string;
  /** candidateLines of its text. */
  promoCandidates: string[];
  /** The stored form of its post (see stored-post.ts). */
  postColumn: string;
}

/** A message of an export on its way in: read with its raw bytes, with its facts once worked out. */
export interface ImportedMessage extends ScannedMessage {
  facts?: MessageFacts;
}

export function messageFacts(m: ScannedMessage): MessageFacts {
  return {
    hash: postHash(m.post),
    promoCandidates: candidateLines(m.post.text),
    postColumn: exportPostColumn(m.post, m.rawBytes),
  };
}
