import { ApprovalsHttp } from './approvals';
import { CountsHttp } from './counts';
import { EntrustedHttp } from './entrusted';
import { FinesHttp } from './fines';
import { GateHttp } from './gate';
import { InboundHttp } from './inbound';
import { ItemsHttp } from './items';
import { PurchasesHttp } from './purchases';
import { RequisitionsHttp } from './requisitions';
import { ReturnsHttp } from './returns';
import { SalesHttp } from './sales';

export { WAREHOUSE_ITEM_CATEGORIES } from './common';
export * from './types';

/** The warehouse service's internal HTTP API (R27–R38): bodies, queries and views. */
export const WarehouseHttp = {
  ...ItemsHttp,
  ...ApprovalsHttp,
  ...InboundHttp,
  ...SalesHttp,
  ...GateHttp,
  ...ReturnsHttp,
  ...EntrustedHttp,
  ...PurchasesHttp,
  ...RequisitionsHttp,
  ...CountsHttp,
  ...FinesHttp,
};
