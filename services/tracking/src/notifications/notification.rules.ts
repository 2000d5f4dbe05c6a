import { DateTime } from 'luxon';
import type { TrackingStatus } from '../shipments/shipment-status.rules';

// R11 "customers are informed of status changes": what they are told, how often we try, and
// which of a burst of changes is worth a message. Pure.

/** The statuses as a Chinese customer reads them, with the English beside. */
export const STATUS_TEXT: Record<TrackingStatus, { zh: string; en: string }> = {
  'picked-up': { zh: '已揽收', en: 'picked up' },
  departed: { zh: '已发车', en: 'departed' },
  'arrived-at-hub': { zh: '已到达中转场', en: 'arrived at a hub' },
  'out-for-delivery': { zh: '派送中', en: 'out for delivery' },
  delivered: { zh: '已签收', en: 'delivered' },
  exception: { zh: '运输异常', en: 'held up by an exception' },
};

const EXCEPTION_TEXT: Record<string, string> = {
  delay: '延误 delay',
  damage: '破损 damage',
  shortage: '少件 shortage',
  'wrong-delivery': '错送 wrong delivery',
  refusal: '拒收 refusal',
};

export interface StatusChange {
  /** `<waybill>|<status>|<occurredAt>`: one change is told once per channel */
  changeId: string;
  waybillNo: string;
  status: TrackingStatus;
  occurredAt: string;
  place: { name: string };
  promisedDeliveryAt?: string;
  exception?: { kind: string; note: string };
}

const local = (iso: string, format: string) =>
  DateTime.fromISO(iso, { zone: 'Asia/Shanghai' }).toFormat(format);

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The e-mail of a status change: Chinese first, English below; times in Beijing time. */
export function renderMail(
  company: string,
  customer: string | null,
  change: StatusChange,
): RenderedMail {
  const s = STATUS_TEXT[change.status];
  const when = local(change.occurredAt, 'yyyy-MM-dd HH:mm');
  const lines = [
    `尊敬的${customer ?? '客户'}：`,
    `您的运单 ${change.waybillNo} ${s.zh}。`,
    `时间：${when}（北京时间）  地点：${change.place.name}`,
    ...(change.exception
      ? [
          `异常：${EXCEPTION_TEXT[change.exception.kind] ?? change.exception.kind}，${change.exception.note}`,
        ]
      : []),
    ...(change.promisedDeliveryAt && change.status !== 'delivered'
      ? [`承诺送达：${local(change.promisedDeliveryAt, 'yyyy-MM-dd HH:mm')}`]
      : []),
    '',
    `Dear customer, your shipment ${change.waybillNo} is ${s.en} (${change.place.name}, ${when} Beijing time).`,
    '',
    `${company} 客服中心 / customer service`,
  ];
  return {
    subject: `【${company}】运单 ${change.waybillNo} ${s.zh} / Waybill ${change.waybillNo} ${s.en}`,
    text: lines.join('\n'),
    html: `<p>${lines.map(escapeHtml).join('<br>')}</p>`,
  };
}

/** The SMS of a status change: one short line (a 70-character segment where it fits). */
export function renderSms(company: string, change: StatusChange): string {
  const s = STATUS_TEXT[change.status];
  const kind = change.exception
    ? `(${(EXCEPTION_TEXT[change.exception.kind] ?? '').split(' ')[0]})`
    : '';
  return `【${company}】运单${change.waybillNo}${s.zh}${kind}，${local(change.occurredAt, 'MM-dd HH:mm')} ${change.place.name}。`;
}

/**
 * A burst of changes of one shipment (dispatch catching up, parked steps applied) is one
 * message, not five: per waybill only its latest change is told — and every exception and
 * delivery, which a customer must never miss.
 */
export function worthTelling<C extends StatusChange>(changes: readonly C[]): C[] {
  const latest = new Map<string, C>();
  for (const c of changes) {
    const seen = latest.get(c.waybillNo);
    if (!seen || c.occurredAt >= seen.occurredAt) latest.set(c.waybillNo, c);
  }
  return changes.filter(
    (c) => c.status === 'exception' || c.status === 'delivered' || latest.get(c.waybillNo) === c,
  );
}

/** Retry n (1 = after the first failure) waits base × 2^(n−1), at most an hour. */
export function retryDelayMs(failedAttempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, failedAttempts - 1), 3_600_000);
}

export type SendOutcome =
  { state: 'sent' } | { state: 'pending'; retryAt: Date } | { state: 'failed' };

/** After a failed attempt: try again later, or give up when the attempts are spent. */
export function afterFailure(
  attempts: number,
  maxAttempts: number,
  baseMs: number,
  now: Date,
): SendOutcome {
  if (attempts >= maxAttempts) return { state: 'failed' };
  return { state: 'pending', retryAt: new Date(now.getTime() + retryDelayMs(attempts, baseMs)) };
}
