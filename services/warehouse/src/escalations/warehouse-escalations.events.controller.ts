import { schedulerEscalationRaisedV1 } from '@freight/contracts';
import { EventsController, OnEvent, type EventContext, type EventOf } from '@freight/messaging';
import { WarehouseTransactions } from '../shared/warehouse-transactions';
import { DeadlineActions, WAREHOUSE_SUBJECTS } from './deadline-actions';

const ours = (type: string) => (WAREHOUSE_SUBJECTS as readonly string[]).includes(type);

/**
 * Escalations of the warehouse's own deadlines (R31–R34 months, R38 fines): each goes to the desk
 * of its subject, in the consumer's transaction (the inbox row with it: a redelivery changes
 * nothing, and every fine has its own source key on top).
 */
@EventsController({ group: 'warehouse.escalations' })
export class WarehouseEscalationsEventsController {
  constructor(
    private readonly actions: DeadlineActions,
    private readonly transactions: WarehouseTransactions,
  ) {}

  @OnEvent(schedulerEscalationRaisedV1, { where: (e) => ours(e.data.subject.type) })
  async raised(event: EventOf<typeof schedulerEscalationRaisedV1>, { manager }: EventContext) {
    const action = this.actions.of(event.data.subject.type);
    if (!action) throw new Error(`no desk acts on ${event.data.subject.type} escalations`);
    await this.transactions.run((tx) => action.escalated(event.data, tx), manager);
  }
}
