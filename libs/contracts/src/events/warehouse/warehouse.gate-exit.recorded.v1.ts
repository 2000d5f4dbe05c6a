import { z } from 'zod';
import { defineEvent } from '../../event-contract';
import { serviceEventsTopic } from '../../topics';
import { branchCode, instant } from '../shared.schemas';
import { warehouseStaff } from './warehouse.schemas';

export const warehouseGateExitRecordedV1Schema = z.object({
  exitId: z.string().min(1),
  branch: branchCode,
  gatePassId: z.string().nullable().describe('null: the goods left without a gate pass (R38)'),
  guard: warehouseStaff,
  vehicle: z.string().nullable(),
  description: z.string().nullable(),
  at: instant,
});

export const warehouseGateExitRecordedV1 = defineEvent({
  type: 'warehouse.gate-exit.recorded',
  version: 1,
  topic: serviceEventsTopic('warehouse'),
  schema: warehouseGateExitRecordedV1Schema,
  key: (data) => data.exitId,
  description:
    'Goods left through the gate: against a gate pass the guard checked (R29), or without one — an R38 case that fines the guard 50.',
  example: {
    exitId: 'GX-SH01-000088',
    branch: 'SH01',
    gatePassId: 'GP-SH01-000031',
    guard: { userId: 'u-guard-1', username: 'gate-guard', role: 'gate-guard' },
    vehicle: '沪A·12345',
    description: '2 centrifugal pumps',
    at: '2025-03-12T08:05:00Z',
  },
});
