import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import type { Customer } from '../customers/customer.entity';
import { BranchWithoutPrefix } from '../customers/customer.errors';
import { RegisterCustomerHandler } from '../customers/register-customer.handler';
import { recordHistory } from '../shared/history.store';
import { branchPrefix, nextSerial, paddedId } from '../shared/serials';
import type { StaffRef } from '../shared/staff';
import { Lead } from './lead.entity';
import {
  converted,
  customerFromLead,
  LeadConversion,
  leadHistoryLines,
  markPromising,
  NewLead,
  recordLead,
} from './lead.rules';

/** R9 use cases: record a lead, report it promising (alert), convert it into a customer. */
@Injectable()
export class LeadHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
    private readonly registerCustomer: RegisterCustomerHandler,
  ) {}

  record(input: NewLead, by: StaffRef, at?: Date): Promise<Lead> {
    const now = at ?? this.clock.now();
    const prefix = branchPrefix(input.branch);
    if (!prefix) throw new BranchWithoutPrefix(input.branch);
    return this.transactions.run(async (tx) => {
      const leadId = paddedId('LEAD', prefix, await nextSerial(tx.manager, `lead:${prefix}`), 4);
      const lead = recordLead(input, leadId, by, now);
      await tx.manager.insert(Lead, lead);
      return lead;
    });
  }

  promising(leadId: string, reason: string, by: StaffRef, at?: Date): Promise<Lead> {
    const now = at ?? this.clock.now();
    return this.transactions.run(async (tx) => {
      const change = markPromising(
        await tx.lock(Lead, { leadId }, `lead ${leadId}`),
        reason,
        by,
        now,
      );
      await tx.manager.save(Lead, change.lead);
      await tx.publish(change.alert);
      return change.lead;
    });
  }

  /** R9 → R1: the customer file opens in the same transaction, keeping the lead's story. */
  convert(
    leadId: string,
    conversion: LeadConversion,
    by: StaffRef,
  ): Promise<{ lead: Lead; customer: Customer }> {
    const now = this.clock.now();
    return this.transactions.run(async (tx) => {
      const lead = await tx.lock(Lead, { leadId }, `lead ${leadId}`);
      const customer = await this.registerCustomer.handle(customerFromLead(lead, conversion), by, {
        convertedFromLeadId: leadId,
        manager: tx.manager,
      });
      await recordHistory(
        tx.manager,
        { type: 'customer', id: customer.customerId },
        leadHistoryLines(lead),
        by,
        now,
        'lead',
      );
      const done = converted(lead, customer.customerId, by, now);
      await tx.manager.save(Lead, done);
      return { lead: done, customer };
    });
  }
}
