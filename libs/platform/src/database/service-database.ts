import { Client } from 'pg';

// Postgres error codes of the two ways a concurrent CREATE DATABASE of the same name fails:
// duplicate_database, or unique_violation on pg_database when both got past the existence check.
const DUPLICATE_DATABASE = '42P04';
const UNIQUE_VIOLATION = '23505';

/** The URL of database `name` on the server that `serverUrl` points to (same credentials, options). */
export function serviceDatabaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Creates the service's database on the server when it does not exist yet. Each service owns
 * its database; on a fresh server (a laptop, a CI run) nobody else will create it. Several
 * replicas may start at once: the one that loses the race sees "already exists" and carries on.
 * Returns whether this call created it.
 */
export async function ensureDatabase(serverUrl: string, name: string): Promise<boolean> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  } catch (error) {
    if (isAlreadyExists(error)) return false;
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Runs `work` (data source start-up, which runs pending migrations) holding a Postgres advisory
 * lock on the service's database. TypeORM takes no lock of its own, so two replicas starting
 * together would otherwise both try to apply the same migration.
 */
export async function withMigrationLock<T>(
  databaseUrl: string,
  work: () => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('freight.migrations'))");
    return await work();
  } finally {
    // Closing the session releases the lock even when the unlock query is never reached.
    await client.end();
  }
}

function isAlreadyExists(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === DUPLICATE_DATABASE || code === UNIQUE_VIOLATION;
}
