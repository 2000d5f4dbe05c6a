import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';

export interface TestDatabase {
  /** connection URL of the new database */
  url: string;
  name: string;
  /** drops the database, closing any connection still open to it */
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set: run this suite in the "integration" Jest project, whose global setup provides Postgres',
    );
  }
  return url;
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Postgres identifiers: lower case letters, digits and `_`, at most 63 bytes. */
function databaseName(prefix: string): string {
  const safe =
    prefix
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '_')
      .slice(0, 40) || 'test';
  return `${safe}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

/**
 * A fresh, empty database on the server of DATABASE_URL, so each suite migrates and fills its
 * own and suites can run in parallel.
 */
export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const server = serverUrl();
  const name = databaseName(prefix);
  await onServer(server, `CREATE DATABASE ${escapeIdentifier(name)}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => onServer(server, `DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`),
  };
}
