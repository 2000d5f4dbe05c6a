import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import { DataSource } from 'typeorm';
import type { Principal } from '../access/principal';
import type { GatewayConfig } from '../config';
import { isRole } from '../users/roles';

const hashOf = (ticket: string): string => createHash('sha256').update(ticket).digest('hex');

interface TicketRow {
  user_id: string;
  username: string;
  role: string;
  branch: string;
  issuer: string;
  expired: boolean;
}

/**
 * `?ticket=` for the live stream: a browser's EventSource cannot send an Authorization header.
 * A ticket is an opaque 256-bit random string, stored hashed with the principal it was issued
 * to, valid LIVE_TICKET_TTL_SECONDS and spent on first use (it travels in a URL, so it may land
 * in a proxy's log: by then it is worthless). Stored in the database, so any replica redeems it.
 */
@Injectable()
export class StreamTickets {
  constructor(
    private readonly dataSource: DataSource,
    @InjectServiceConfig() private readonly config: GatewayConfig,
  ) {}

  async issue(principal: Principal): Promise<{ ticket: string; expiresIn: number }> {
    const ticket = randomBytes(32).toString('base64url');
    const ttl = this.config.LIVE_TICKET_TTL_SECONDS;
    await this.dataSource.query(
      `INSERT INTO stream_ticket (ticket_hash, user_id, username, role, branch, issuer, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))`,
      [
        hashOf(ticket),
        principal.userId,
        principal.username,
        principal.role,
        principal.branch,
        principal.issuer,
        ttl,
      ],
    );
    // Tickets are few and short-lived: sweep the stale ones now and then, on the write path.
    if (Math.random() < 0.05) {
      await this.dataSource.query(
        "DELETE FROM stream_ticket WHERE expires_at < now() - interval '1 minute'",
      );
    }
    return { ticket, expiresIn: ttl };
  }

  /** The principal the ticket was issued to, once; undefined when unknown, spent or expired. */
  async redeem(ticket: string): Promise<Principal | undefined> {
    // TypeORM answers a DELETE … RETURNING with [rows, count]
    const [rows]: [TicketRow[], number] = await this.dataSource.query(
      `DELETE FROM stream_ticket WHERE ticket_hash = $1
       RETURNING user_id, username, role, branch, issuer, expires_at < now() AS expired`,
      [hashOf(ticket)],
    );
    const row = rows[0];
    if (!row || row.expired || !isRole(row.role)) return undefined;
    return {
      userId: row.user_id,
      username: row.username,
      role: row.role,
      branch: row.branch,
      issuer: row.issuer,
    };
  }
}
