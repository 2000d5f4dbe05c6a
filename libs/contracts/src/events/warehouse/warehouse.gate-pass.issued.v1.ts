import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant } from '../shared.schemas';
import { exampleWarehouseStaff, warehouseFormRef, warehouseStaff } from './warehouse.schemas';

export const warehouseGatePassIssuedV1Schema = z.object({
  gatePassId: z.string().min(1),
  branch: branchCode,
  document: warehouseFormRef,
  basis: z.enum(['paid', 'arranged', 'after-sales', 'processing', 'material']),
  lines: z.array(z.object({ itemCode: z.string().min(1), quantity: z.number().positive() })),
  issuedBy: warehouseStaff,
  issuedAt: instant,
});

export const warehouseGatePassIssuedV1 = defineEvent({
  type: 'warehouse.gate-pass.issued',
  version: 1,
  topic: serviceEventsTopic('warehouse'),
  schema: warehouseGatePassIssuedV1Schema,
  key: (data) => data.gatePassId,
  description:
    'Finance issued a gate pass (出门证) for goods leaving the company: a sale once paid or arranged (R29, R30), an after-sales replacement (R32), entrusted material (R34), material sold outside (R37).',
  example: {
    gatePassId: 'GP-SH01-000031',
    branch: 'SH01',
    document: { type: 'sale', id: 'SL-SH01-000017' },
    basis: 'paid',
    lines: [{ itemCode: 'FG-PMP-0150', quantity: 2 }],
    issuedBy: {
      ...exampleWarehouseStaff,
      userId: 'u-finance-1',
      username: 'finance',
      role: 'finance',
    },
    issuedAt: '2025-03-12T07:10:00Z',
  },
});
