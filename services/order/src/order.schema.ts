import { Customer } from './customers/customer.entity';
import { Inquiry } from './inquiries/inquiry.entity';
import { Quote } from './inquiries/quote.entity';
import { Lead } from './leads/lead.entity';
import { Order } from './orders/order.entity';
import { PickupNotice } from './pickup-notices/pickup-notice.entity';
import { RateTable } from './rates/rate-table.entity';
import { HistoryLine } from './shared/history-line.entity';

export { orderMigrations } from './migrations';

/** Every TypeORM entity of the order database. */
export const orderEntities = [
  Customer,
  HistoryLine,
  RateTable,
  Inquiry,
  Quote,
  Order,
  PickupNotice,
  Lead,
];
