import { serviceDatabaseUrl } from './service-database';

describe('the service database on the configured server', () => {
  it('swaps the database and keeps credentials and options', () => {
    expect(
      serviceDatabaseUrl(
        'postgres://app:pw@db.internal:6432/postgres?sslmode=require',
        'freight_order',
      ),
    ).toBe('postgres://app:pw@db.internal:6432/freight_order?sslmode=require');
  });

  it('adds the database when the server URL names none', () => {
    expect(serviceDatabaseUrl('postgres://postgres@127.0.0.1:5432', 'freight_gateway')).toBe(
      'postgres://postgres@127.0.0.1:5432/freight_gateway',
    );
  });
});
