import { Injectable } from '@nestjs/common';
import { KnownOutgoingEvent, OutboxWriter } from '@freight/messaging';
import { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { NotFoundProblem } from '../http/problem';

/**
 * Runs `work` in the caller's transaction (a Kafka handler's, which also holds the inbox row),
 * or in a new one (an HTTP command).
 */
export function inTransaction<T>(
  dataSource: DataSource,
  manager: EntityManager | undefined,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return manager?.queryRunner?.isTransactionActive ? work(manager) : dataSource.transaction(work);
}

/** What a use case holds while it runs: its transaction, and the outbox in the same one. */
export interface Tx {
  readonly manager: EntityManager;
  /**
   * The row, locked until commit (`SELECT … FOR UPDATE`), or a 404 problem naming it: two
   * commands on one record take turns, and each decides on what the other committed.
   */
  lock<E extends ObjectLiteral>(
    entity: EntityTarget<E>,
    where: FindOptionsWhere<E>,
    what?: string,
  ): Promise<E>;
  /** Records events in the outbox: they reach Kafka exactly when this transaction commits. */
  publish(events: KnownOutgoingEvent | KnownOutgoingEvent[]): Promise<void>;
}

/**
 * The one way a use case changes state: load → rule → save + events, in one transaction
 * (architecture.md, Outbox). HTTP commands get a new transaction; a Kafka handler passes its
 * own `manager`, which also holds the inbox row, so a redelivered event changes nothing twice.
 *
 * ```ts
 * return this.transactions.run(async (tx) => {
 *   const inquiry = await tx.lock(QuoteInquiry, { id }, `inquiry ${id}`);
 *   const change = sendQuote(inquiry, quote, this.clock.now());   // the rule: pure
 *   await tx.manager.save(change.inquiry);
 *   await tx.publish(change.events);
 *   return change.inquiry;
 * }, manager);
 * ```
 */
@Injectable()
export class Transactions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  run<T>(work: (tx: Tx) => Promise<T>, manager?: EntityManager): Promise<T> {
    return inTransaction(this.dataSource, manager, (m) => work(this.txOf(m)));
  }

  private txOf(manager: EntityManager): Tx {
    return {
      manager,
      lock: async (entity, where, what) => {
        const row = await manager.findOne(entity, { where, lock: { mode: 'pessimistic_write' } });
        if (!row) throw new NotFoundProblem(what ? `no ${what}` : undefined);
        return row;
      },
      publish: async (events) => {
        await this.outbox.append(manager, events);
      },
    };
  }
}
