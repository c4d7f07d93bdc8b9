// The database side of ingestion (ingest/ works through IngestStore and the IngestTx of a transaction).
export { IngestStore } from "./ingest-store.js";
export type { IngestTx } from "./ingest-tx.js";
export type * from "./rows.js";
