import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../src';

async function query<T extends object>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const exists = async (name: string) =>
  (
    await query(
      process.env.DATABASE_URL as string,
      'select 1 from pg_database where datname = $1',
      [name],
    )
  ).length === 1;

describe('createTestDatabase', () => {
  const made: TestDatabase[] = [];
  afterAll(() => Promise.all(made.map((db) => db.drop())));

  it('creates an empty database one can connect to', async () => {
    const db = await createTestDatabase('Spec-Empty');
    made.push(db);
    expect(db.name).toMatch(/^spec_empty_[a-z0-9]+_[0-9a-f]{8}$/);
    const [current] = await query<{ name: string }>(db.url, 'select current_database() as name');
    expect(current.name).toBe(db.name);
    const tables = await query(
      db.url,
      "select 1 from pg_tables where schemaname not in ('pg_catalog', 'information_schema')",
    );
    expect(tables).toHaveLength(0);
  });

  it('gives each call a distinct database', async () => {
    const [a, b] = await Promise.all([
      createTestDatabase('spec_distinct'),
      createTestDatabase('spec_distinct'),
    ]);
    made.push(a, b);
    expect(a.name).not.toBe(b.name);
    await query(a.url, 'create table marker (id int)');
    const inB = await query(b.url, "select 1 from pg_tables where tablename = 'marker'");
    expect(inB).toHaveLength(0);
  });

  it('drop() removes the database, even with a connection still open', async () => {
    const db = await createTestDatabase('spec_drop');
    const lingering = new Client({ connectionString: db.url });
    // The forced drop ends this connection; that is the point of the test.
    lingering.on('error', (err) => expect(err.message).toMatch(/terminat/i));
    await lingering.connect();
    expect(await exists(db.name)).toBe(true);
    await db.drop();
    expect(await exists(db.name)).toBe(false);
    await lingering.end();
  });
});
