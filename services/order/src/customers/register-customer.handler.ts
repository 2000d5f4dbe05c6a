import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import { branchPrefix } from '../shared/serials';
import type { StaffRef } from '../shared/staff';
import { Customer } from './customer.entity';
import { BranchWithoutPrefix } from './customer.errors';
import { companyKey, duplicatesOf, NewCustomer, openCustomer } from './customer.rules';
import { customerRegistered } from './customer.events';
import { duplicateCandidates, freshCustomerId } from './customer.store';

export interface RegisterOptions {
  /** a fixed id (demo data, an import): registering it again changes nothing */
  customerId?: string;
  /** R9: the lead this customer comes from */
  convertedFromLeadId?: string;
  /** the caller's transaction (a lead's conversion) */
  manager?: EntityManager;
  /** back-dated entry (demo data); now otherwise */
  at?: Date;
}

/** R1: opens a customer file, flags possible duplicates, and tells the other services. */
@Injectable()
export class RegisterCustomerHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  handle(input: NewCustomer, by: StaffRef, options: RegisterOptions = {}): Promise<Customer> {
    const now = options.at ?? this.clock.now();
    return this.transactions.run(async (tx) => {
      const prefix = branchPrefix(input.branch);
      if (!prefix) throw new BranchWithoutPrefix(input.branch);
      if (options.customerId) {
        const existing = await tx.manager.findOneBy(Customer, { customerId: options.customerId });
        if (existing) return existing;
      }
      const customerId = options.customerId ?? (await freshCustomerId(tx.manager, prefix));
      const phones = input.contacts.map((c) => c.phone);
      const candidates = await duplicateCandidates(tx.manager, {
        branch: input.branch,
        companyKey: companyKey(input.company),
        phones,
      });
      const customer = openCustomer(
        input,
        customerId,
        duplicatesOf(
          { branch: input.branch, companyKey: companyKey(input.company), phones },
          candidates,
        ),
        by,
        now,
        options.convertedFromLeadId ?? null,
      );
      await tx.manager.insert(Customer, customer);
      await tx.publish(customerRegistered(customer));
      return customer;
    }, options.manager);
  }
}
