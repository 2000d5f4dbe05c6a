import { Injectable } from '@nestjs/common';
import { formatWaybillNo } from '@freight/contracts';
import { Clock, InjectClock, InjectServiceConfig, Transactions } from '@freight/platform';
import type { OrderConfig } from '../config';
import { Customer } from '../customers/customer.entity';
import { BranchWithoutPrefix, UnknownCustomer } from '../customers/customer.errors';
import { RateTableQueries } from '../rates/rate-table.queries';
import { branchPrefix, nextSerial } from '../shared/serials';
import type { StaffRef } from '../shared/staff';
import { draftDirect, draftFromQuote } from './order-draft';
import { Order } from './order.entity';
import { NewOrder, placeOrder } from './order.rules';

/**
 * R4 + R5: the work order for the documents desk, with its waybill number (branch prefix, serial,
 * check digit) and the desk's acknowledgement clock, committed with `order.placed`.
 */
@Injectable()
export class PlaceOrderHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
    @InjectServiceConfig() private readonly config: OrderConfig,
    private readonly rateTables: RateTableQueries,
  ) {}

  /** `at`: a back-dated entry (demo data); now otherwise. */
  handle(input: NewOrder, by: StaffRef, at?: Date): Promise<Order> {
    const now = at ?? this.clock.now();
    const prefix = branchPrefix(input.branch);
    if (!prefix) throw new BranchWithoutPrefix(input.branch);
    return this.transactions.run(async (tx) => {
      const customer = await tx.manager.findOneBy(Customer, {
        customerId: input.customerId,
        branch: input.branch,
      });
      if (!customer) throw new UnknownCustomer(input.customerId, input.branch);
      // R5: the counter row is part of this transaction: a refused order takes no number (gapless)
      const waybillNo = formatWaybillNo(prefix, await nextSerial(tx.manager, `waybill:${prefix}`));
      const draft = input.quoteId
        ? await draftFromQuote(tx.manager, input, customer, `ORD-${waybillNo}`)
        : draftDirect(input, customer, await this.rateTables.applicableAt(now, tx.manager));
      const change = placeOrder(draft, waybillNo, by, now, this.config.ORDER_ACK_WITHIN);
      await tx.manager.insert(Order, change.order);
      await tx.publish(change.events);
      return change.order;
    });
  }
}
