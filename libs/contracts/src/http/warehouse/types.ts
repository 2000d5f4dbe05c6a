import type { z } from 'zod';
import type { approvalKind } from './approvals';
import type { fineReason } from './fines';
import type { itemCategory } from './common';

export type ApprovalKind = z.infer<typeof approvalKind>;
export type FineReason = z.infer<typeof fineReason>;
export type ItemCategory = z.infer<typeof itemCategory>;
export { APPROVAL_KINDS } from './approvals';
export { FINE_REASONS, MANUAL_FINE_REASONS } from './fines';
export { MOVEMENT_ENTRIES } from './items';
