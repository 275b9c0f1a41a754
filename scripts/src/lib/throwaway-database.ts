import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { CMS_DIR } from './paths.ts';

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}
/** The CMS's own PostgreSQL driver (a dependency of cms/, which is what talks to the database). */
function pgClient(server: object): PgClient {
  const pg = createRequire(path.join(CMS_DIR, 'package.json'))('pg') as { Client: new (config: object) => PgClient };
  return new pg.Client(server);
}

/**
 * A throw-away database for one test run: a temporary SQLite file by default, or a fresh PostgreSQL database
 * when DATABASE_CLIENT=postgres (CI runs the integration suites on both).
 */
export async function createTestDatabase(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (process.env.DATABASE_CLIENT !== 'postgres') {
    const file = path.join(os.tmpdir(), `kn-test-${crypto.randomBytes(6).toString('hex')}.db`);
    return { env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file }, drop: async () => {} };
  }
  const name = `kn_test_${crypto.randomBytes(6).toString('hex')}`;
  const server = {
    host: process.env.DATABASE_HOST ?? 'localhost',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME,
    password: process.env.DATABASE_PASSWORD,
    database: process.env.DATABASE_ADMIN_DB ?? 'postgres',
  };
  const admin = async (sql: string) => {
    const client = pgClient(server);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name },
    // A throw-away database that cannot be dropped (a connection of another role still open) must not fail a
    // green suite; it is reported and left for the server's owner.
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((error: unknown) => console.warn(`could not drop test database ${name}: ${String(error)}`)),
  };
}
