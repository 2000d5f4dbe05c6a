import { Injectable } from '@nestjs/common';
import { Clock, InjectClock, InjectServiceConfig } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import type { TrackingConfig } from '../config';
import { DEFAULT_NOTIFY_STATUSES } from '../customers/customer.rules';
import type { KnownOutgoingEvent } from '@freight/messaging';
import type { TrackingStatus } from '../shipments/shipment-status.rules';
import { renderMail, renderSms, StatusChange, worthTelling } from './notification.rules';

export interface CustomerChange extends StatusChange {
  branch: string;
  customerId: string;
}

interface Wishes {
  customer_id: string;
  company: string | null;
  file_email: string | null;
  statuses: TrackingStatus[] | null;
  email_to: string | null;
  sms_to: string | null;
  has_preference: boolean;
}

/** The status changes among events about to be published, as notifications see them. */
export function statusChangesOf(events: readonly KnownOutgoingEvent[]): CustomerChange[] {
  return events.flatMap((e) => {
    if (e.type !== 'tracking.shipment.status-changed') return [];
    const d = e.data;
    return [
      {
        changeId: `${d.waybillNo}|${d.status}|${d.occurredAt}`,
        waybillNo: d.waybillNo,
        branch: d.branch,
        customerId: d.customerId,
        status: d.status,
        occurredAt: d.occurredAt,
        place: d.place,
        promisedDeliveryAt: d.promisedDeliveryAt,
        exception: d.exception,
      },
    ];
  });
}

/**
 * R11: the status changes a customer subscribed to become queued messages — an e-mail (to the
 * address they gave, or their file's) and an SMS when they gave a mobile — in the transaction
 * that changed the status (an outbox of our own). Nothing is sent here: the sender does that
 * in the background, with retries, so a mail server's trouble never holds up tracking.
 */
@Injectable()
export class EnqueueNotificationsHandler {
  constructor(
    @InjectServiceConfig() private readonly config: TrackingConfig,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async enqueue(manager: EntityManager, changes: CustomerChange[]): Promise<void> {
    const told = worthTelling(changes);
    if (told.length === 0) return;
    const wishes = await this.wishesOf(manager, [...new Set(told.map((c) => c.customerId))]);
    const now = this.clock.now();
    const company = this.config.COMPANY_NAME;
    const rows = told.flatMap((c) => {
      const w = wishes.get(c.customerId);
      const statuses = w?.has_preference ? w.statuses! : DEFAULT_NOTIFY_STATUSES;
      if (!statuses.includes(c.status)) return [];
      const base = { w: c.waybillNo, b: c.branch, cu: c.customerId, st: c.status, at: now };
      const messages = [];
      if (!w?.has_preference || w.email_to !== null) {
        const mail = renderMail(company, w?.company ?? null, c);
        // no preference: the file's address, or — not on file yet — looked up when sending
        const to = w?.has_preference ? w.email_to : (w?.file_email ?? null);
        messages.push({
          ...base,
          k: `${c.changeId}|email`,
          ch: 'email',
          r: to,
          su: mail.subject,
          bo: mail.text,
          h: mail.html,
        });
      }
      if (w?.sms_to)
        messages.push({
          ...base,
          k: `${c.changeId}|sms`,
          ch: 'sms',
          r: w.sms_to,
          su: null,
          bo: renderSms(company, c),
          h: null,
        });
      return messages;
    });
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO notification (notification_key, waybill_no, branch, customer_id, channel, recipient,
                                 status, subject, body, html, state, next_attempt_at, created_at)
       SELECT k, w, b, cu, ch, r, st, su, bo, h, 'pending', at, at
         FROM jsonb_to_recordset($1::jsonb) AS x(k text, w text, b text, cu text, ch text, r text,
              st text, su text, bo text, h text, at timestamptz)
       ON CONFLICT (notification_key) DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }

  private async wishesOf(
    manager: EntityManager,
    customerIds: string[],
  ): Promise<Map<string, Wishes>> {
    const rows: Wishes[] = await manager.query(
      `SELECT id AS customer_id, c.company, c.email AS file_email, p.notify_statuses AS statuses,
              p.email_to, p.sms_to, p.customer_id IS NOT NULL AS has_preference
         FROM unnest($1::text[]) AS id
         LEFT JOIN customer c ON c.customer_id = id
         LEFT JOIN customer_preference p ON p.customer_id = id`,
      [customerIds],
    );
    return new Map(rows.map((r) => [r.customer_id, r]));
  }
}
