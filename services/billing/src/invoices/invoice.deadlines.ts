import { armDeadline, Calendars, cancelDeadline, Due, ladder, Ladders } from '@freight/contracts';
import { endOfDay } from '../shared/month.rules';

// R24/R25: an invoice's clocks. Disputed lines are settled (credit note or rejection) within
// 3 working days (PT27H of 09:00–18:00 working time; the branch manager a day later); an unpaid invoice is overdue after its due date and escalates to the branch
// manager at once (R25), then to the general manager a month later.

export interface InvoiceRef {
  invoiceNo: string;
  branch: string;
  customerId: string;
}

const subject = (i: InvoiceRef) => ({ type: 'invoice', id: i.invoiceNo, branch: i.branch });

export const armDisputes = (i: InvoiceRef, now: Date) =>
  armDeadline({
    deadlineId: `invoice:${i.invoiceNo}:disputes`,
    rule: 'R24',
    subject: subject(i),
    due: Due.after('PT27H', now, Calendars.businessHours(i.branch)),
    ladder: Ladders.agentManagerHq('PT9H', 'PT27H'),
    payload: { step: 'disputes', invoiceNo: i.invoiceNo, customerId: i.customerId },
  });

export const disputesSettled = (i: InvoiceRef) =>
  cancelDeadline(`invoice:${i.invoiceNo}:disputes`, subject(i));

export const armPayment = (i: InvoiceRef, dueDate: string) =>
  armDeadline({
    deadlineId: `invoice:${i.invoiceNo}:payment`,
    rule: 'R25',
    subject: subject(i),
    due: Due.at(endOfDay(dueDate)),
    ladder: ladder(['branch-manager', 'PT0S'], ['general-manager', 'P30D']),
    payload: { step: 'payment', invoiceNo: i.invoiceNo, customerId: i.customerId, dueDate },
  });

export const paymentSettled = (i: InvoiceRef) =>
  cancelDeadline(`invoice:${i.invoiceNo}:payment`, subject(i));
