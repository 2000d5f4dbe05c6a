import { warehouseApprovalDecidedV1 } from './warehouse.approval.decided.v1';
import { warehouseFineAssessedV1 } from './warehouse.fine.assessed.v1';
import { warehouseGateExitRecordedV1 } from './warehouse.gate-exit.recorded.v1';
import { warehouseGatePassIssuedV1 } from './warehouse.gate-pass.issued.v1';
import { warehouseStockMovedV1 } from './warehouse.stock.moved.v1';

export * from './warehouse.approval.decided.v1';
export * from './warehouse.fine.assessed.v1';
export * from './warehouse.gate-exit.recorded.v1';
export * from './warehouse.gate-pass.issued.v1';
export * from './warehouse.schemas';
export * from './warehouse.stock.moved.v1';

// The warehouse service's own events on warehouse.events: one file per contract, one line below each.
export const warehouseContracts = [
  warehouseStockMovedV1,
  warehouseGatePassIssuedV1,
  warehouseGateExitRecordedV1,
  warehouseApprovalDecidedV1,
  warehouseFineAssessedV1,
] as const;
