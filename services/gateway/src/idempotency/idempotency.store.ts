import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IDEMPOTENCY_WINDOW_HOURS, StoredAttempt } from './idempotency.rules';

/** idempotency_record: one row per (caller, key); the first request claims it by inserting. */
@Injectable()
export class IdempotencyStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims the key for this request; returns the earlier attempt when someone already has. */
  async claim(caller: string, key: string, requestHash: string): Promise<StoredAttempt | null> {
    await this.dataSource.query(
      `DELETE FROM idempotency_record
       WHERE caller = $1 AND key = $2 AND created_at < now() - make_interval(hours => $3)`,
      [caller, key, IDEMPOTENCY_WINDOW_HOURS],
    );
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_record (caller, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING key`,
      [caller, key, requestHash],
    );
    if (claimed.length > 0) return null;
    const [row]: {
      request_hash: string;
      response_status: number | null;
      response_body: unknown;
    }[] = await this.dataSource.query(
      'SELECT request_hash, response_status, response_body FROM idempotency_record WHERE caller = $1 AND key = $2',
      [caller, key],
    );
    return {
      requestHash: row.request_hash,
      responseStatus: row.response_status,
      responseBody: row.response_body,
    };
  }

  async complete(caller: string, key: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(
      'UPDATE idempotency_record SET response_status = $3, response_body = $4 WHERE caller = $1 AND key = $2',
      [caller, key, status, JSON.stringify(body ?? null)],
    );
  }

  /** A failed first attempt leaves nothing behind: the client may retry with the same key. */
  async release(caller: string, key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM idempotency_record WHERE caller = $1 AND key = $2', [
      caller,
      key,
    ]);
  }
}
