import { Injectable } from '@nestjs/common';
import type { TrackingHttp } from '@freight/contracts';
import { Clock, InjectClock, NotFoundProblem, Transactions } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { StaffRef } from '../staff';
import { DEFAULT_NOTIFY_STATUSES } from './customer.rules';
import { Customer, CustomerPreference } from './customer.entity';

export type PreferencesBody = z.output<typeof TrackingHttp.preferencesBody>;
export type PreferencesView = z.input<typeof TrackingHttp.preferencesView>;

/**
 * What a customer asked for (R11 which changes to hear of and where; R14 PODs back or kept),
 * set by an agent on the customer's word. The demo data sets some for the demo cast directly,
 * before the order service's customer files may have arrived.
 */
@Injectable()
export class PreferencesHandler {
  constructor(
    private readonly transactions: Transactions,
    @InjectClock() private readonly clock: Clock,
  ) {}

  /** Over HTTP: the customer must be on file here (its branch scopes the change, R41). */
  async setForKnownCustomer(
    customerId: string,
    body: PreferencesBody,
    by: StaffRef,
  ): Promise<void> {
    await this.transactions.run(async (tx) => {
      const customer = await tx.manager.findOneBy(Customer, { customerId });
      if (!customer) throw new NotFoundProblem(`no customer ${customerId}`);
      await this.set(tx.manager, customerId, customer.branch, body, by);
    });
  }

  async set(
    manager: EntityManager,
    customerId: string,
    branch: string,
    body: PreferencesBody,
    by: StaffRef | null,
  ) {
    await manager.upsert(
      CustomerPreference,
      {
        customerId,
        branch,
        notifyStatuses: [...new Set(body.notifications.statuses)],
        emailTo: body.notifications.emailTo,
        smsTo: body.notifications.smsTo,
        podReturn: body.podReturn.mode,
        podNote: body.podReturn.note ?? null,
        updatedAt: this.clock.now(),
        updatedBy: by,
      },
      ['customerId'],
    );
  }

  async view(customerId: string): Promise<PreferencesView> {
    return this.transactions.run(async ({ manager }) => {
      const [customer, preference] = await Promise.all([
        manager.findOneBy(Customer, { customerId }),
        manager.findOneBy(CustomerPreference, { customerId }),
      ]);
      if (!customer && !preference) throw new NotFoundProblem(`no customer ${customerId}`);
      return {
        customerId,
        branch: customer?.branch ?? preference!.branch,
        company: customer?.company ?? customerId,
        notifications: preference
          ? {
              statuses: preference.notifyStatuses,
              emailTo: preference.emailTo,
              smsTo: preference.smsTo,
              isDefault: false,
            }
          : {
              statuses: [...DEFAULT_NOTIFY_STATUSES],
              emailTo: customer?.email ?? null,
              smsTo: null,
              isDefault: true,
            },
        podReturn: { mode: preference?.podReturn ?? 'return', note: preference?.podNote ?? null },
      };
    });
  }
}
