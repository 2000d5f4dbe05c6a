import { Injectable } from '@nestjs/common';
import { DomainError, Transactions, type Tx } from '@freight/platform';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { UnknownItems } from '../stock/stock.errors';

/** The database's own never-below-zero check fired at commit (a race the locks did not cover). */
export class StockWouldGoNegative extends DomainError {
  constructor(detail: string) {
    super(409, 'insufficient-stock', detail, { title: 'Not enough stock' });
  }
}

const RETRYABLE = new Set(['40P01', '40001']); // deadlock, serialization failure
const ATTEMPTS = 3;

/** The item named in a foreign-key failure's detail: `Key (item_code)=(X) is not present …`. */
const itemOf = (error: unknown) =>
  /\(item_code\)=\(([^)]*)\)/.exec(
    String(((error as QueryFailedError).driverError as { detail?: string }).detail ?? ''),
  )?.[1] ?? '?';

const codeOf = (error: unknown) =>
  error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;

/**
 * Transactions as the warehouse runs them: a deadlock or serialization failure is retried (a
 * fresh transaction decides again on what the other committed), and the ledger's commit-time
 * check (stock_card_not_negative) answers 409 like the handler's own check would. Inside a
 * Kafka handler's transaction nothing is retried here: the consumer retries the whole event.
 */
@Injectable()
export class WarehouseTransactions {
  constructor(private readonly transactions: Transactions) {}

  async run<T>(work: (tx: Tx) => Promise<T>, manager?: EntityManager): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.transactions.run(work, manager);
      } catch (error) {
        const code = codeOf(error);
        if (code === '23514' && String((error as Error).message).includes('below zero'))
          throw new StockWouldGoNegative((error as Error).message);
        if (code === '23503' && String((error as Error).message).includes('item_code'))
          throw new UnknownItems([itemOf(error)]);
        if (!manager && code && RETRYABLE.has(code) && attempt < ATTEMPTS) continue;
        throw error;
      }
    }
  }
}
