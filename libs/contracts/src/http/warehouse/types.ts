import type { z } from 'zod';
import type { approvalKind } from './approvals';
import type { fineReason } from './fines';
import type { itemCategory } from './common';

export type WarehouseApprovalKind = z.infer<typeof approvalKind>;
export type WarehouseFineReason = z.infer<typeof fineReason>;
export type WarehouseItemCategory = z.infer<typeof itemCategory>;
export { WAREHOUSE_APPROVAL_KINDS } from './approvals';
export { WAREHOUSE_FINE_REASONS, WAREHOUSE_MANUAL_FINE_REASONS } from './fines';
export { WAREHOUSE_MOVEMENT_ENTRIES } from './items';
