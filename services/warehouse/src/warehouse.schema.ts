import { Approval } from './approvals/approval.entity';
import { CountSheet } from './counts/count-sheet.entity';
import { StockAdjustment } from './counts/stock-adjustment.entity';
import { EntrustedRequisition } from './entrusted/entrusted-requisition.entity';
import { FineLine } from './fines/fine-line.entity';
import { InboundSlip } from './inbound/inbound-slip.entity';
import { warehouseMigrations } from './migrations';
import { GateExit, GatePass } from './gate/gate-pass.entity';
import { PurchaseReceipt } from './purchases/purchase-receipt.entity';
import { Requisition } from './requisitions/requisition.entity';
import { Replacement } from './returns/replacement.entity';
import { ReturnSlip } from './returns/return-slip.entity';
import { QcClearance } from './sales/qc-clearance.entity';
import { Sale } from './sales/sale.entity';
import { Item } from './stock/item.entity';

/** The warehouse database: its entities and migrations (what PlatformModule migrates). */
export const warehouseEntities = [
  Item,
  Approval,
  FineLine,
  InboundSlip,
  QcClearance,
  Sale,
  GatePass,
  GateExit,
  ReturnSlip,
  Replacement,
  EntrustedRequisition,
  PurchaseReceipt,
  Requisition,
  CountSheet,
  StockAdjustment,
];
export { warehouseMigrations };
