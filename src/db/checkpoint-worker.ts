// Copies a SQLite database's write-ahead log into the database file from a thread of its own, with a
// connection of its own, so that the thread that wrote (an import, which goes on to build the search
// index) does not wait for the copy and its fsync. PASSIVE: never blocks the writer or readers.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

export interface CheckpointWorkerInput {
  /** The SQLite database file. */
  file: string;
}

if (parentPort === null) throw new Error("the checkpoint worker runs only as a worker thread");
const db = new Database((workerData as CheckpointWorkerInput).file, { fileMustExist: true });
try {
  db.pragma("busy_timeout = 5000");
  parentPort.postMessage(db.pragma("wal_checkpoint(PASSIVE)"));
} finally {
  db.close();
}
