import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import type { StaffRef } from '../shared/staff';
import { Customer } from './customer.entity';
import { changeCustomer, CustomerPatch } from './customer.rules';
import { customerUpdated } from './customer.events';
import { recordHistory } from '../shared/history.store';

/** R1: keeps the file current; every change goes into its history and reaches the other services. */
@Injectable()
export class UpdateCustomerHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(customerId: string, patch: CustomerPatch, by: StaffRef): Promise<Customer> {
    const now = this.clock.now();
    return this.transactions.run(async (tx) => {
      const current = await tx.lock(Customer, { customerId }, `customer ${customerId}`);
      const { customer, changes } = changeCustomer(current, patch, now);
      if (changes.length === 0) return current;
      await tx.manager.save(Customer, customer);
      await recordHistory(tx.manager, { type: 'customer', id: customerId }, changes, by, now);
      await tx.publish(
        customerUpdated(
          customer,
          changes.map((c) => c.field),
          by,
        ),
      );
      return customer;
    });
  }
}
