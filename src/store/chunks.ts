// SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535: multi-row writes are cut so
// that rows × columns stays under the smaller limit with room to spare.
const MAX_PARAMS = 30_000;

export function chunkRows<T extends object>(rows: T[]): T[][] {
  if (rows.length === 0) return [];
  const columns = Math.max(1, Object.keys(rows[0]!).length);
  const size = Math.max(1, Math.floor(MAX_PARAMS / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export function chunkIds<T>(ids: T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}
