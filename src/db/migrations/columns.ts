import type { ColumnDefinitionBuilder } from "kysely";
import type { Dialect } from "../dialect.js";

/** An auto-incrementing integer primary key: serial on PostgreSQL, INTEGER PRIMARY KEY AUTOINCREMENT on SQLite. */
export function idColumn(dialect: Dialect): "serial" | "integer" {
  return dialect === "postgres" ? "serial" : "integer";
}

export function idConstraints(dialect: Dialect) {
  return (c: ColumnDefinitionBuilder) =>
    dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement();
}
