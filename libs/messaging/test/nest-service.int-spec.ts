import { Global, Module } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { ContractRegistry, dispatchTrackingRecordedV1, EventContract } from '@freight/contracts';
import {
  createEnvelope,
  EventContext,
  EventEnvelope,
  EventsController,
  InboxPruner,
  KafkaClient,
  MessagingModule,
  OnEventBatch,
  OutboxWriter,
} from '@freight/messaging';
import {
  createTestDatabase,
  EventPublisher,
  TestDatabase,
  testKafkaBrokers,
  uniqueGroup,
  uniqueTopic,
  waitFor,
} from '@freight/testing';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { HOOK_TIMEOUT_MS } from './conformance/support/conformance-world';
import { openParcelDatabase } from './conformance/support/parcel-scans';

const topic = uniqueTopic('dispatch.tracking');
const group = uniqueGroup('tracking.timeline');
// The public contract, on a topic of this test's own.
const registry = new ContractRegistry([{ ...dispatchTrackingRecordedV1, topic } as EventContract]);
type TrackingRecorded = { waybillNo: string; status: string };

@EventsController({ group })
class ShipmentTimelineEventsController {
  @OnEventBatch('dispatch.tracking.recorded', { topic })
  async recorded(events: EventEnvelope<TrackingRecorded>[], { manager }: EventContext) {
    for (const event of events) {
      await manager.query(
        `INSERT INTO shipment_timeline (event_id, waybill_no, status) VALUES ($1, $2, $3)`,
        [event.id, event.data.waybillNo, event.data.status],
      );
    }
  }
}

describe('a service wired with MessagingModule.forService', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let app: TestingModule;
  let publisher: EventPublisher;
  const metrics = new Registry();
  const timeline = async (waybillNo: string) =>
    (await dataSource.query(
      `SELECT event_id, status FROM shipment_timeline WHERE waybill_no = $1`,
      [waybillNo],
    )) as { event_id: string; status: string }[];

  /** The sum of a metric's values with these labels, as /metrics would show it. */
  const metricValue = async (name: string, labels: Record<string, string | number>) => {
    const metric = await metrics.getSingleMetric(name)?.get();
    return (metric?.values ?? [])
      .filter((v) => Object.entries(labels).every(([key, value]) => v.labels[key] === value))
      .reduce((sum, v) => sum + v.value, 0);
  };

  beforeAll(async () => {
    database = await createTestDatabase('messaging_nest_service');
    dataSource = await openParcelDatabase(database.url);
    await dataSource.query(
      `CREATE TABLE shipment_timeline (event_id text NOT NULL, waybill_no text NOT NULL, status text NOT NULL)`,
    );
    // Rows of an earlier consumer: one past the default retention (14 days), one within it.
    await dataSource.query(
      `INSERT INTO inbox (consumer_group, event_id, processed_at) VALUES
         ('tracking.earlier', 'ev-30-days', now() - interval '30 days'),
         ('tracking.earlier', 'ev-2-days', now() - interval '2 days')`,
    );
    const kafka = new KafkaClient({ brokers: testKafkaBrokers(), clientId: 'tracking' });
    await kafka.ensureTopics([{ topic }]);

    @Global()
    @Module({
      providers: [
        { provide: KafkaClient, useValue: kafka },
        { provide: DataSource, useValue: dataSource },
      ],
      exports: [KafkaClient, DataSource],
    })
    class InfrastructureModule {}

    app = await Test.createTestingModule({
      imports: [
        InfrastructureModule,
        MessagingModule.forService({
          service: 'tracking',
          registry,
          metricsRegistry: metrics,
          consumer: { retry: { attempts: 2, initialDelayMs: 10 } },
        }),
      ],
      controllers: [ShipmentTimelineEventsController],
    }).compile();
    await app.init();
    publisher = new EventPublisher(kafka);
  }, HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await publisher.close();
    await app.close();
    await app.get(KafkaClient).disconnect();
    await dataSource.destroy();
    await database.drop();
  }, HOOK_TIMEOUT_MS);

  it('relays what a handler wrote to its outbox, and the batch handler applies it in its transaction', async () => {
    const example = dispatchTrackingRecordedV1.example;
    await dataSource.transaction((manager) =>
      app.get(OutboxWriter).append(manager, {
        type: 'dispatch.tracking.recorded',
        data: { ...example, waybillNo: 'WB-NEST-1' },
      }),
    );
    await waitFor(async () => (await timeline('WB-NEST-1')).length === 1, {
      description: 'the timeline entry',
    });
    expect(await metrics.getSingleMetricAsString('outbox_relay_lag_seconds')).toContain(
      'outbox_relay_lag_seconds 0',
    );
  });

  it('applies a redelivered event once', async () => {
    const recorded = (status: string) =>
      createEnvelope({
        source: '/dispatch',
        type: 'dispatch.tracking.recorded',
        subject: 'WB-NEST-2',
        data: { ...dispatchTrackingRecordedV1.example, waybillNo: 'WB-NEST-2', status },
      });
    const departed = recorded('departed');
    const delivered = recorded('delivered');
    await publisher.publish(topic, [departed, departed, delivered]);

    await waitFor(async () => (await timeline('WB-NEST-2')).some((e) => e.status === 'delivered'), {
      description: 'the delivered entry',
    });
    expect(await timeline('WB-NEST-2')).toEqual([
      { event_id: departed.id, status: 'departed' },
      { event_id: delivered.id, status: 'delivered' },
    ]);
    await waitFor(
      async () => (await metricValue('consumer_events_duplicate_total', { group, topic })) === 1,
      {
        description: 'the copy counted as a duplicate',
      },
    );
  });

  it('counts on /metrics what its groups applied and dead-lettered, and how far behind they are', async () => {
    const appliedBefore = await metricValue('consumer_events_applied_total', { group, topic });
    const valid = createEnvelope({
      source: '/dispatch',
      type: 'dispatch.tracking.recorded',
      subject: 'WB-NEST-3',
      data: { ...dispatchTrackingRecordedV1.example, waybillNo: 'WB-NEST-3' },
    });
    const invalid = createEnvelope({
      source: '/dispatch',
      type: 'dispatch.tracking.recorded',
      subject: 'WB-NEST-3',
      data: { ...dispatchTrackingRecordedV1.example, waybillNo: 'WB-NEST-3', status: 'teleported' },
    });
    await publisher.publish(topic, [invalid, valid]);

    await waitFor(
      async () =>
        (await metricValue('consumer_dead_letters_total', {
          group,
          topic,
          reason: 'schema-invalid',
        })) === 1 &&
        (await metricValue('consumer_events_applied_total', { group, topic })) ===
          appliedBefore + 1,
      { description: 'one dead letter and one more event applied' },
    );
    expect(await timeline('WB-NEST-3')).toEqual([
      { event_id: valid.id, status: valid.data.status },
    ]);
    const lag = (await metrics.getSingleMetric('consumer_lag_messages')!.get()).values.filter(
      (v) => v.labels.group === group,
    );
    expect(lag.length).toBeGreaterThan(0);
    expect(lag.every((v) => v.value === 0)).toBe(true);
  });

  it('prunes inbox rows past the retention at start, and keeps younger ones', async () => {
    const earlier = async () =>
      (
        (await dataSource.query(
          `SELECT event_id FROM inbox WHERE consumer_group = 'tracking.earlier' ORDER BY event_id`,
        )) as { event_id: string }[]
      ).map((r) => r.event_id);
    await waitFor(async () => !(await earlier()).includes('ev-30-days'), {
      description: 'the 30-day-old row pruned',
    });
    expect(await earlier()).toEqual(['ev-2-days']);

    const pruner = new InboxPruner({ dataSource, retentionMs: 24 * 3600_000, logger: console });
    expect(await pruner.pruneOnce()).toBe(1);
    expect(await earlier()).toEqual([]);
  });
});
