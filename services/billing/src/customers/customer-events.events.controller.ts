import { orderCustomerRegisteredV1, orderCustomerUpdatedV1 } from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { saveCustomerAccount } from './customer-accounts';

type CustomerFile = Omit<
  EventOf<typeof orderCustomerRegisteredV1>['data'],
  'registeredAt' | 'registeredBy'
>;

/**
 * R1 → R24/R25: billing's copy of each customer file — billing terms (monthly or cash, credit
 * days) and the address statements go to: the file's own e-mail, else its first contact's.
 */
@EventsController({ group: 'billing.orders' })
export class CustomerEventsController {
  @OnEvent(orderCustomerRegisteredV1)
  async registered(event: EventOf<typeof orderCustomerRegisteredV1>, { manager }: EventContext) {
    await saveCustomerAccount(manager, accountOf(event.data), event.data.registeredAt);
  }

  @OnEvent(orderCustomerUpdatedV1)
  async updated(event: EventOf<typeof orderCustomerUpdatedV1>, { manager }: EventContext) {
    await saveCustomerAccount(manager, accountOf(event.data), event.data.updatedAt);
  }
}

function accountOf(file: CustomerFile) {
  return {
    customerId: file.customerId,
    branch: file.branch,
    company: file.company,
    email: file.email ?? file.contacts.find((c) => c.email)?.email ?? null,
    billingKind: file.billingTerms.kind,
    creditDays: file.billingTerms.creditDays,
  };
}
