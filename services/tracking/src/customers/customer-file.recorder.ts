import { orderCustomerRegisteredV1, orderCustomerUpdatedV1 } from '@freight/contracts';
import { EventContext, EventOf } from '@freight/messaging';
import { Injectable } from '@nestjs/common';
import { emailOf, mobileOf } from './customer.rules';

type CustomerEvent =
  EventOf<typeof orderCustomerRegisteredV1> | EventOf<typeof orderCustomerUpdatedV1>;

/**
 * The customers' files as the order service publishes them (R1), kept where notices need them.
 * Called by the order-events entry point (one consumer group on order.events). A file older
 * than the one kept (a redelivery after a newer change) changes nothing.
 */
@Injectable()
export class CustomerFileRecorder {
  async record(event: CustomerEvent, { manager }: EventContext): Promise<void> {
    const d = event.data;
    const changedAt = 'updatedAt' in d ? d.updatedAt : d.registeredAt;
    await manager.query(
      `INSERT INTO customer (customer_id, branch, company, email, mobile, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (customer_id) DO UPDATE
         SET branch = excluded.branch, company = excluded.company, email = excluded.email,
             mobile = excluded.mobile, changed_at = excluded.changed_at
       WHERE customer.changed_at <= excluded.changed_at`,
      [d.customerId, d.branch, d.company, emailOf(d), mobileOf(d), changedAt],
    );
  }
}
