import { Approval } from './approvals/approval.entity';
import { FineLine } from './fines/fine-line.entity';
import { InboundSlip } from './inbound/inbound-slip.entity';
import { warehouseMigrations } from './migrations';
import { GateExit, GatePass } from './gate/gate-pass.entity';
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
];
export { warehouseMigrations };
