import { z } from 'zod';
import { staffRef } from '../shared.schemas';

/** A member of staff on a warehouse event: who booked, approved, or is fined. */
export const warehouseStaff = staffRef.extend({ role: z.string().min(1) });

/** The form an event is about: `sale` SL-SH01-000012, `replacement` RP-SH01-000003 … */
export const warehouseFormRef = z.object({
  type: z.string().min(1).describe('sale, inbound-slip, replacement, entrusted-requisition …'),
  id: z.string().min(1),
});

export const exampleWarehouseStaff = {
  userId: 'u-keeper-1',
  username: 'warehouse-keeper',
  role: 'warehouse-keeper',
};
