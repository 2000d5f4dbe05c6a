import type { EventData } from '@freight/contracts';
import type { Order } from '../orders/order.entity';
import type { OrderChange } from '../orders/order.rules';
import { NoticeNotApplicable, NotCollectable, PickupNoticeMissing } from '../orders/order.errors';
import { formatYuan } from '../shared/money';
import type { StaffRef } from '../shared/staff';
import type { CashToCollect, PickupNotice } from './pickup-notice.entity';
import type { PickupPoint } from './pickup-points';

// R8: the pickup notice — where to collect, how many pieces arrived, the cash to bring (freight
// collect + COD), valid ID — written from the order, and recorded as evidence; "collected" only
// after a recorded notice.

/** The cash the consignee brings: the freight when it is collected from them (到付), and the COD. */
export function cashToCollect(
  order: Pick<Order, 'paymentTerms' | 'totalMinor' | 'serviceOptions'>,
): CashToCollect {
  const freightCollect = order.paymentTerms === 'freight-collect' ? order.totalMinor : 0;
  const cod = order.serviceOptions.codAmount ?? 0;
  return { freightCollect, cod, total: freightCollect + cod, currency: 'CNY' };
}

export interface NoticeSettings {
  company: string;
  servicePhone: string;
  point: PickupPoint;
}

/**
 * The notice as one SMS (copy-paste ready) or what the agent reads out on the phone, in the words
 * the source asks for: who we are, from where, how many pieces, the cash, valid ID, the place.
 */
export function noticeText(order: Order, piecesArrived: number, settings: NoticeSettings): string {
  const cash = cashToCollect(order);
  const consignee = order.consignee.contact ?? order.consignee.name;
  const pieces =
    piecesArrived === order.pieces
      ? `共 ${order.pieces} 件已到齐`
      : `共 ${order.pieces} 件，已到 ${piecesArrived} 件`;
  const money =
    cash.total === 0
      ? '无需付款'
      : [
          ...(cash.freightCollect ? [`到付运费 ${formatYuan(cash.freightCollect)}`] : []),
          ...(cash.cod ? [`代收货款 ${formatYuan(cash.cod)}`] : []),
        ].join(' + ') + `，合计 ${formatYuan(cash.total)}，请备好现金`;
  const { point } = settings;
  return (
    `【${settings.company}】${consignee}您好：您有一票货物从${order.shipper.address.city}发来，` +
    `运单号 ${order.waybillNo}，${pieces}。${money}。` +
    `请携带有效身份证件到${point.name}（${point.address}，营业时间 ${point.hours}${point.phone ? `，电话 ${point.phone}` : ''}）提货。` +
    `咨询电话 ${settings.servicePhone}。`
  );
}

/** R8: may the consignee be told to collect now? */
export function mustBeNotifiable(order: Order, piecesArrived: number): void {
  const why =
    order.serviceOptions.deliveryMode === 'door'
      ? 'it is delivered to the door, not collected'
      : order.status === 'placed' || order.status === 'amended'
        ? 'the documents desk has not acknowledged it'
        : order.status === 'cancelled' ||
            order.status === 'collected' ||
            order.status === 'delivered'
          ? `it is ${order.status}`
          : piecesArrived > order.pieces
            ? `only ${order.pieces} pieces were shipped`
            : undefined;
  if (why) throw new NoticeNotApplicable(order.waybillNo, why);
}

export interface NoticeInput {
  channel: PickupNotice['channel'];
  answeredBy: PickupNotice['answeredBy'];
  piecesArrived?: number;
  note?: string;
}

export function recordNotice(
  order: Order,
  input: NoticeInput,
  settings: NoticeSettings,
  by: StaffRef,
  at: Date,
): { order: Order; notice: PickupNotice } {
  const piecesArrived = input.piecesArrived ?? order.pieces;
  mustBeNotifiable(order, piecesArrived);
  const notice: PickupNotice = {
    noticeId: `PN-${order.waybillNo}-${order.pickupNotices + 1}`,
    orderId: order.orderId,
    channel: input.channel,
    answeredBy: input.answeredBy,
    notifiedAt: at,
    notifiedBy: by,
    piecesArrived,
    cash: cashToCollect(order),
    text: noticeText(order, piecesArrived, settings),
    note: input.note ?? null,
  };
  return {
    notice,
    order: {
      ...order,
      status: 'notified',
      dispatchedAt: order.dispatchedAt ?? at,
      pickupNotices: order.pickupNotices + 1,
      lastNotifiedAt: at,
      version: order.version + 1,
    },
  };
}

/** R8: collected at the branch, ID checked — refused without a recorded notice. */
export function collect(
  order: Order,
  collectedBy: { name: string; idLast4: string },
  by: StaffRef,
  at: Date,
): OrderChange {
  if (order.status === 'cancelled' || order.status === 'collected' || order.status === 'delivered')
    throw new NotCollectable(order.waybillNo, order.status);
  if (order.pickupNotices === 0 || !order.lastNotifiedAt)
    throw new PickupNoticeMissing(order.waybillNo);
  const collection = {
    at: at.toISOString(),
    by,
    collectedBy: { ...collectedBy, idLast4: collectedBy.idLast4.toUpperCase() },
  };
  const data: EventData<'order.collected'> = {
    orderId: order.orderId,
    waybillNo: order.waybillNo,
    branch: order.branch,
    customerId: order.customerId,
    collectedAt: collection.at,
    recordedBy: by,
    collectedBy: collection.collectedBy,
    cashCollected: { amountMinor: cashToCollect(order).total, currency: 'CNY' },
    notifiedAt: order.lastNotifiedAt.toISOString(),
  };
  return {
    order: {
      ...order,
      status: 'collected',
      collection,
      deliveredAt: at,
      version: order.version + 1,
    },
    history: [{ field: 'status', from: order.status, to: 'collected' }],
    events: [{ type: 'order.collected', branch: order.branch, data }],
  };
}
