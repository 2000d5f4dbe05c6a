import type { Order } from '../orders/order.entity';

// R5: what one piece's label says. The label travels on the outside of the box: the consignee's
// phone is masked (138****8000), amounts are not printed — only that cash is due on delivery.

export const maskPhone = (phone: string) =>
  /^1\d{10}$/.test(phone)
    ? `${phone.slice(0, 3)}****${phone.slice(7)}`
    : phone.replace(/\d{4}$/, '****');

export const placeOf = (a: Order['consignee']['address']) =>
  [a.province === a.city ? a.city : `${a.province}${a.city}`, a.district, a.street]
    .filter(Boolean)
    .join(' ');

export interface LabelContent {
  waybillNo: string;
  piece: string;
  route: string;
  consignee: string[];
  shipper: string;
  cargo: string;
  marks: string[];
  qr: string;
}

/** Piece `n` of the order's N (R5: one label per piece). */
export function labelContent(order: Order, n: number): LabelContent {
  const { consignee, shipper, cargo } = order;
  return {
    waybillNo: order.waybillNo,
    piece: `${n}/${order.pieces}`,
    route: `${order.laneOrigin} ${shipper.address.city} → ${order.laneDestination} ${consignee.address.city}`,
    consignee: [
      `收货人 ${consignee.name}${consignee.contact ? ` ${consignee.contact}` : ''} ${maskPhone(consignee.phone)}`,
      placeOf(consignee.address),
    ],
    shipper: `发货人 ${shipper.name}`,
    cargo: `${cargo.description}${cargo.packaging ? ` · ${cargo.packaging}` : ''}`,
    marks: [
      ...(cargo.dangerousGoodsClass !== 'none' ? [`危险品 UN ${cargo.dangerousGoodsClass}`] : []),
      ...(order.paymentTerms === 'freight-collect' ? ['到付'] : []),
      ...(order.serviceOptions.codAmount ? ['代收货款'] : []),
      ...(order.serviceOptions.deliveryMode === 'self-pickup' ? ['自提'] : ['送货上门']),
      ...(order.serviceOptions.podRequired ? ['回单'] : []),
    ],
    qr: `${order.waybillNo}/${n}/${order.pieces}`,
  };
}

/** The pieces one PDF holds at most; larger orders print in ranges (`?first=&last=`). */
export const MAX_LABELS_PER_FILE = 500;
