import { schedulerEscalationRaisedV1 } from '@freight/contracts';
import { EventContext, EventOf, EventsController, OnEvent } from '@freight/messaging';
import { StartMonthCloseHandler } from '../closes/start-month-close.handler';

type Escalation = EventOf<typeof schedulerEscalationRaisedV1>;

const OWN_SUBJECTS = new Set([
  'month-close',
  'statement-check',
  'statement',
  'invoice',
  'receivables-confirmation',
]);

/**
 * The scheduler's escalations of billing's own deadlines (R24, R25, R39). The gateway streams
 * each to its role already; billing acts on them:
 * - month-close, level 1: the month is over — the branch's close starts;
 * - statement (send, answer) and statement-check (a branch's month of drafts): the late step and
 *   who has it now are recorded on the statements concerned;
 * - invoice, payment step: the invoice is overdue (R25: the branch manager is told at once).
 */
@EventsController({ group: 'billing.escalations' })
export class BillingEscalationsEventsController {
  constructor(private readonly close: StartMonthCloseHandler) {}

  @OnEvent(schedulerEscalationRaisedV1, { where: (e) => OWN_SUBJECTS.has(e.data.subject.type) })
  async raised(event: Escalation, { manager }: EventContext) {
    const { subject, level, role, payload } = event.data;
    if (subject.type === 'month-close' && level === 1) {
      const { branch, month } = payload as { branch: string; month: string };
      await this.close.start(branch, month, { manager, byDeadline: true });
    }
    const escalation = JSON.stringify({ step: payload.step, level, role, at: event.data.raisedAt });
    if (subject.type === 'statement')
      await manager.query('UPDATE statement SET escalation = $2::jsonb WHERE id = $1', [
        subject.id,
        escalation,
      ]);
    if (subject.type === 'statement-check') {
      const { branch, month } = payload as { branch: string; month: string };
      await manager.query(
        `UPDATE statement SET escalation = $3::jsonb
          WHERE branch = $1 AND period = $2 AND status = 'draft'`,
        [branch, `${month}-01`, escalation],
      );
    }
    if (subject.type === 'invoice' && payload.step === 'payment')
      await manager.query('UPDATE invoice SET overdue = true WHERE invoice_no = $1', [subject.id]);
  }
}
