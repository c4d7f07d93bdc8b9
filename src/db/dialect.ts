// Which database a location names. Migrations and the connection both need it, so it stands on its own.
export type Dialect = "sqlite" | "postgres";

/** A postgres:// or postgresql:// URL; anything else is a SQLite file. */
export function isPostgresUrl(database: string): boolean {
  return /^postgres(ql)?:\/\//i.test(database);
}
