import { Topics, serviceEventsTopic } from '@freight/contracts';
import { EventEnvelope, KafkaClient, namespaced } from '@freight/messaging';
import {
  actorHeaders,
  EventPublisher,
  FakeClock,
  startServiceForTest,
  startSmtpSink,
  waitFor,
} from '@freight/testing';
import { AppModule } from '../../src/app.module';
import { SERVICE, trackingConfigSchema } from '../../src/config';
import { dispatchStep, escalation, orderPlaced, OrderData, StepOptions } from './fixtures';

export type Role =
  'agent' | 'branch-manager' | 'hq-service' | 'documents-clerk' | 'dispatcher' | 'general-manager';

/**
 * The tracking service alone, as `npm start` runs it, on a fresh database and Kafka namespace,
 * with a fake clock (Monday 2025-01-06 08:00 UTC) and a real SMTP server catching its mail.
 * The order service, the dispatch system and the scheduler are played by publishing their
 * events; what tracking sends them is read from its outbox.
 */
export async function startTracking(
  options: { env?: Record<string, string>; clock?: FakeClock } = {},
) {
  const smtp = await startSmtpSink();
  const service = await startServiceForTest({
    service: SERVICE,
    configSchema: trackingConfigSchema,
    appModule: (config) => AppModule.register(config),
    clock: options.clock,
    env: { SMTP_URL: smtp.url, NOTIFY_POLL_MS: '50', ...options.env },
    logLevel: 'warn',
  });
  const kafka = service.app.get(KafkaClient);
  const publisher = new EventPublisher(kafka);
  const topic = (name: string) => namespaced(service.namespace, name);
  const publish = (name: string, envelopes: EventEnvelope[]) =>
    publisher.publish(topic(name), envelopes);

  const world = {
    service,
    smtp,
    kafka,
    clock: service.clock,
    http: service.http,
    topic,
    publish,
    /** order.placed (the contract's example) for a fresh waybill; resolves once it is a shipment */
    async placeOrder(overrides: Partial<OrderData> = {}): Promise<OrderData> {
      const envelope = orderPlaced(overrides);
      await publish(serviceEventsTopic('order'), [envelope]);
      await world.shipmentKnown(envelope.data.waybillNo);
      return envelope.data;
    },
    async shipmentKnown(waybillNo: string) {
      await waitFor(async () => (await world.get(`/shipments/${waybillNo}`)).status === 200, {
        description: `shipment ${waybillNo}`,
      });
    },
    dispatch: (...steps: EventEnvelope[]) => publish(Topics.dispatchTracking, steps),
    step: (
      waybillNo: string,
      status: Parameters<typeof dispatchStep>[1],
      at: string,
      options?: StepOptions,
    ) => dispatchStep(waybillNo, status, at, options),
    /** publishes a lapsed level, as the scheduler would, and returns its envelope id */
    async escalate(...args: Parameters<typeof escalation>): Promise<string> {
      const envelope = escalation(...args);
      await publish(Topics.schedulerEscalations, [envelope]);
      return envelope.id;
    },
    /** waits until an event reached the service and was handled (its inbox row committed) */
    async handled(eventId: string) {
      await waitFor(
        async () =>
          (await service.dataSource.query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId]))
            .length > 0,
        { description: `event ${eventId} handled` },
      );
    },
    /** the data of the events of a type tracking wrote, oldest first */
    async events<T = Record<string, unknown>>(
      type: string,
      where: (data: T) => boolean = () => true,
    ): Promise<T[]> {
      const rows: { envelope: { data: T } }[] = await service.dataSource.query(
        'SELECT envelope FROM outbox WHERE envelope->>$1 = $2 ORDER BY id',
        ['type', type],
      );
      return rows.map((r) => r.envelope.data).filter(where);
    },
    /** waits until tracking wrote at least one such event, and returns them all */
    eventually<T = Record<string, unknown>>(
      type: string,
      where: (data: T) => boolean = () => true,
    ): Promise<T[]> {
      return waitFor(
        async () => {
          const found = await world.events<T>(type, where);
          return found.length > 0 && found;
        },
        { description: `a ${type} event` },
      );
    },
    headers: (role: Role, branch = 'SH01') => actorHeaders({ username: role, role, branch }),
    get: (path: string, role: Role = 'agent', branch = 'SH01') =>
      service.http('GET', path, { headers: world.headers(role, branch) }),
    post: (path: string, body: unknown, role: Role = 'agent', branch = 'SH01') =>
      service.http('POST', path, { body, headers: world.headers(role, branch) }),
    put: (path: string, body: unknown, role: Role = 'agent', branch = 'SH01') =>
      service.http('PUT', path, { body, headers: world.headers(role, branch) }),
    async stop() {
      await publisher.close();
      await service.stop();
      await smtp.stop();
    },
  };
  return world;
}

export type TrackingApp = Awaited<ReturnType<typeof startTracking>>;
