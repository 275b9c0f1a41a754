import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';

type Row = Record<string, unknown>;

/**
 * Reads the test Strapi's database directly (SQLite file or PostgreSQL database of this run), so a test can check
 * what was really stored, not what an API chooses to show. Plain SQL that both databases accept.
 */
export async function sql(query: string, params: unknown[] = [], options: { write?: boolean } = {}): Promise<Row[]> {
  const env = inject('cmsEnv');
  if (env.DATABASE_CLIENT !== 'postgres') {
    const db = new Database(env.DATABASE_FILENAME, { readonly: options.write !== true, fileMustExist: true, timeout: 10_000 });
    try {
      const statement = db.prepare(query);
      if (!statement.reader) {
        statement.run(...params);
        return [];
      }
      return statement.all(...params) as Row[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({
    host: process.env.DATABASE_HOST ?? 'localhost',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME,
    password: process.env.DATABASE_PASSWORD,
    database: env.DATABASE_NAME,
  });
  await client.connect();
  try {
    // $1… placeholders for PostgreSQL, ? for SQLite: tests write ?.
    let i = 0;
    return (await client.query(query.replace(/\?/g, () => `$${++i}`), params)).rows;
  } finally {
    await client.end();
  }
}

/** A write behind Strapi's back (a test that needs a state no API can make, e.g. a corrupt row). */
export const sqlWrite = (query: string, params: unknown[] = []) => sql(query, params, { write: true });

export async function countRows(table: string): Promise<number> {
  const [row] = await sql(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row.n);
}

/** Column names of a table (both databases). */
export async function columns(table: string): Promise<string[]> {
  if (inject('cmsEnv').DATABASE_CLIENT !== 'postgres') return (await sql(`PRAGMA table_info(${table})`)).map((r) => String(r.name));
  return (await sql(`SELECT column_name FROM information_schema.columns WHERE table_name = ?`, [table])).map((r) => String(r.column_name));
}

export async function tables(): Promise<string[]> {
  if (inject('cmsEnv').DATABASE_CLIENT !== 'postgres') return (await sql(`SELECT name FROM sqlite_master WHERE type = 'table'`)).map((r) => String(r.name));
  return (await sql(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)).map((r) => String(r.table_name));
}

/** A boolean literal both databases accept in SQL (SQLite stores booleans as 0/1). */
export const sqlBool = (value: boolean) => (inject('cmsEnv').DATABASE_CLIENT === 'postgres' ? String(value) : value ? '1' : '0');

/** The columns of each index on a table, by index name, in index order (both databases). */
export async function indexColumns(table: string): Promise<Map<string, string[]>> {
  if (inject('cmsEnv').DATABASE_CLIENT !== 'postgres') {
    const names = (await sql(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`, [table])).map((r) => String(r.name));
    return new Map(await Promise.all(names.map(async (name) => [name, (await sql(`PRAGMA index_info(${name})`)).map((r) => String(r.name))] as const)));
  }
  const rows = await sql(
    `SELECT i.relname AS index, a.attname AS column FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
     JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, n) ON true JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
     WHERE t.relname = ? ORDER BY i.relname, k.n`,
    [table],
  );
  const byIndex = new Map<string, string[]>();
  for (const row of rows) byIndex.set(String(row.index), [...(byIndex.get(String(row.index)) ?? []), String(row.column)]);
  return byIndex;
}
