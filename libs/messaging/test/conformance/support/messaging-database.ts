import { messagingMigrations } from '@freight/messaging';
import { DataSource } from 'typeorm';

/** A connected DataSource on `url` with the messaging tables (outbox, inbox) migrated. */
export async function openMessagingDatabase(url: string, poolSize = 6): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: messagingMigrations,
    extra: { max: poolSize },
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}
