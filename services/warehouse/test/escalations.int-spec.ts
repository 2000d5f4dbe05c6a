import { schedulerEscalationRaisedV1 } from '@freight/contracts';
import { createEnvelope, KafkaClient, namespaced } from '@freight/messaging';
import { EventPublisher, waitFor } from '@freight/testing';
import {
  ok,
  startWarehouse,
  stockedItem,
  type WarehouseService,
} from './support/warehouse-service';

// The warehouse consumes the scheduler's escalations of its own subjects (R39) and acts once:
// a redelivered escalation (same event) is skipped by the inbox; the same level raised again
// (a new event, e.g. a replay) finds its fine's source key taken and assesses nothing.
describe('R32/R38 escalations are acted on once', () => {
  let w: WarehouseService;
  let publisher: EventPublisher;

  beforeAll(async () => {
    w = await startWarehouse();
    publisher = new EventPublisher(w.app.get(KafkaClient));
  }, 180_000);
  afterAll(async () => {
    await publisher?.close();
    await w?.stop();
  });

  it('R32: the old-part level fines the after-sales person 10 once, however often it arrives', async () => {
    await stockedItem(w, 'ES-PMP', 5, 125_000);
    const r = ok(
      await w.as('sales').post('/replacements', {
        branch: 'SH01',
        customer: { name: 'C' },
        itemCode: 'ES-PMP',
        quantity: 1,
        oldPart: { itemCode: 'ES-PMP' },
        reason: 'warranty',
        newGoesFirst: true,
      }),
      201,
    ).body;
    ok(await w.as('general-manager').post(`/approvals/${r.approvalId}/approve`));
    const pass = ok(
      await w
        .as('finance')
        .post('/gate-passes', { branch: 'SH01', document: { type: 'replacement', id: r.id } }),
      201,
    ).body;
    ok(await w.as('warehouse-keeper').post(`/replacements/${r.id}/issue`, { gatePassId: pass.id }));

    const data = {
      ...schedulerEscalationRaisedV1.example,
      deadlineId: `replacement:${r.id}:old-part`,
      rule: 'R32',
      subject: { type: 'replacement', id: r.id, branch: 'SH01' },
      level: 1,
      role: 'sales' as const,
      dueAt: '2025-03-31T16:00:00Z',
      raisedAt: '2025-03-31T16:00:00Z',
      levelDueAt: '2025-03-31T16:00:00Z',
      finalLevel: false,
      payload: {},
    };
    const envelope = createEnvelope({
      source: '/freight/scheduler',
      type: schedulerEscalationRaisedV1.type,
      subject: `replacement:${r.id}`,
      data,
    });
    const again = createEnvelope({
      source: '/freight/scheduler',
      type: schedulerEscalationRaisedV1.type,
      subject: `replacement:${r.id}`,
      data,
    });
    const topic = namespaced(w.namespace, schedulerEscalationRaisedV1.topic);
    await publisher.publish(topic, [envelope, envelope, again]);

    await waitFor(
      async () =>
        (
          await w.dataSource.query(
            'SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1)',
            [[envelope.id, again.id]],
          )
        )[0].n === 2,
      { timeoutMs: 60_000, description: 'both escalations consumed' },
    );
    const fines = await w.dataSource.query(
      'SELECT reason, amount_minor::int AS amount, month FROM fine_line WHERE subject_id = $1',
      [r.id],
    );
    expect(fines).toEqual([{ reason: 'old-part-late', amount: 1_000, month: '2025-03' }]);
    const view = ok(await w.as('sales').get(`/replacements/${r.id}`)).body;
    expect(view.fineIds).toHaveLength(1);
    const events = await w.dataSource.query(
      "SELECT count(*)::int AS n FROM outbox WHERE envelope->>'type' = 'warehouse.fine.assessed'",
    );
    expect(events[0].n).toBe(1);
  });
});
