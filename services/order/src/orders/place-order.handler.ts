import { Injectable } from '@nestjs/common';
import { formatWaybillNo } from '@freight/contracts';
import { Clock, InjectClock, InjectServiceConfig, Transactions } from '@freight/platform';
import { DataSource, EntityManager } from 'typeorm';
import type { OrderConfig } from '../config';
import { Customer } from '../customers/customer.entity';
import { BranchWithoutPrefix, UnknownCustomer } from '../customers/customer.errors';
import { RateTableQueries } from '../rates/rate-table.queries';
import { branchPrefix, nextSerial } from '../shared/serials';
import type { StaffRef } from '../shared/staff';
import { draftDirect, draftFromQuote, takeQuote } from './order-draft';
import { Order } from './order.entity';
import { NewOrder, OrderDraft, placeOrder } from './order.rules';

/**
 * R4 + R5: the work order for the documents desk, with its waybill number (branch prefix, serial,
 * check digit) and the desk's acknowledgement clock, committed with `order.placed`.
 */
@Injectable()
export class PlaceOrderHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
    @InjectServiceConfig() private readonly config: OrderConfig,
    private readonly rateTables: RateTableQueries,
  ) {}

  /** `at`: a back-dated entry (demo data); now otherwise. */
  async handle(input: NewOrder, by: StaffRef, at?: Date): Promise<Order> {
    const now = at ?? this.clock.now();
    const prefix = branchPrefix(input.branch);
    if (!prefix) throw new BranchWithoutPrefix(input.branch);
    // what the order is, refused before it takes a number (R4: customer, quote or price)
    const draft = await this.draft(this.dataSource.manager, input, now);
    // R5: the number in its own statement — the branch's counter row is locked for that statement
    // only, not for the order's transaction (decision 0043)
    const waybillNo = formatWaybillNo(
      prefix,
      await nextSerial(this.dataSource, `waybill:${prefix}`),
    );
    return this.transactions.run(async (tx) => {
      const change = placeOrder(draft, waybillNo, by, now, this.config.ORDER_ACK_WITHIN);
      if (draft.quoteId) await takeQuote(tx.manager, draft.quoteId, change.order.orderId);
      await tx.manager.insert(Order, change.order);
      await tx.publish(change.events);
      return change.order;
    });
  }

  private async draft(manager: EntityManager, input: NewOrder, now: Date): Promise<OrderDraft> {
    const customer = await manager.findOneBy(Customer, {
      customerId: input.customerId,
      branch: input.branch,
    });
    if (!customer) throw new UnknownCustomer(input.customerId, input.branch);
    return input.quoteId
      ? draftFromQuote(manager, input, customer)
      : draftDirect(input, customer, await this.rateTables.applicableAt(now, manager));
  }
}
