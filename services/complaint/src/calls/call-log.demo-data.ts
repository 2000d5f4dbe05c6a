import type { DemoDataContext } from '@freight/platform';

// Fixed ids so that reruns add nothing; usernames are the gateway's demo users.
const DEMO_CALLS = [
  {
    id: '6f1c2a10-0000-4000-8000-000000000001',
    branchCode: 'SH01',
    callKind: 'customer',
    callerName: 'Li Wei (SH-C0001)',
    callerPhone: '+86 21 5550 0101',
    subject: 'Where is waybill SH01-2611-000001?',
    takenBy: 'agent',
    receivedAt: '2026-11-25T01:05:00Z',
    answeredAt: '2026-11-25T01:08:00Z',
  },
  {
    id: '6f1c2a10-0000-4000-8000-000000000002',
    branchCode: 'SH01',
    callKind: 'internal',
    callerName: 'Warehouse desk',
    callerPhone: null,
    subject: 'Pallet count for tomorrow’s Guangzhou line',
    takenBy: 'agent',
    receivedAt: '2026-11-25T03:20:00Z',
    answeredAt: null,
  },
];

/** Two calls in SH01, one answered and one still open, for the call-log views. */
export async function seedDemoCalls({ dataSource }: DemoDataContext): Promise<void> {
  for (const c of DEMO_CALLS) {
    await dataSource.query(
      `INSERT INTO call_log (id, branch_code, call_kind, caller_name, caller_phone, subject, taken_by, received_at, answered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (id) DO NOTHING`,
      [
        c.id,
        c.branchCode,
        c.callKind,
        c.callerName,
        c.callerPhone,
        c.subject,
        c.takenBy,
        c.receivedAt,
        c.answeredAt,
      ],
    );
  }
}
