import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, Transactions } from '@freight/platform';
import { Customer } from '../customers/customer.entity';
import { BranchWithoutPrefix, UnknownCustomer } from '../customers/customer.errors';
import { assess } from '../rates/pricing.rules';
import { RateTableQueries } from '../rates/rate-table.queries';
import { branchPrefix, nextSerial, paddedId } from '../shared/serials';
import type { StaffRef } from '../shared/staff';
import { Inquiry } from './inquiry.entity';
import { NewInquiry, receiveInquiry, shipmentOf } from './inquiry.rules';

/**
 * R2 + R3 intake: the inquiry is recorded with the table's instant assessment, and its 8-hour
 * clock is armed on the scheduler in the same transaction (R19: an important one alerts the
 * branch manager at once).
 */
@Injectable()
export class RecordInquiryHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
    private readonly rateTables: RateTableQueries,
  ) {}

  /** `at`: a back-dated entry (demo data); now otherwise. */
  handle(input: NewInquiry, by: StaffRef, at?: Date): Promise<Inquiry> {
    const now = at ?? this.clock.now();
    return this.transactions.run(async (tx) => {
      const prefix = branchPrefix(input.branch);
      if (!prefix) throw new BranchWithoutPrefix(input.branch);
      if (
        input.customerId &&
        !(await tx.manager.existsBy(Customer, {
          customerId: input.customerId,
          branch: input.branch,
        }))
      )
        throw new UnknownCustomer(input.customerId, input.branch);
      const table = await this.rateTables.applicableAt(now, tx.manager);
      const assessment = assess(table, shipmentOf(input));
      const inquiryId = paddedId(
        'INQ',
        prefix,
        await nextSerial(tx.manager, `inquiry:${prefix}`),
        6,
      );
      const { inquiry, events } = receiveInquiry(input, inquiryId, assessment, by, now);
      await tx.manager.insert(Inquiry, inquiry);
      await tx.publish(events);
      return inquiry;
    });
  }
}
