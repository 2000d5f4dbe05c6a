import { randomUUID } from 'node:crypto';
import { actorHeaders, EventPublisher, FakeClock, startServiceForTest } from '@freight/testing';
import { createEnvelope, KafkaClient, namespaced } from '@freight/messaging';
import { exampleOrder, orderCancelledV1, orderPlacedV1 } from '@freight/contracts';
import { AppModule } from '../../src/app.module';
import { planningConfigSchema, SERVICE } from '../../src/config';

/** Tomorrow as the tests see it: the clock stands on 2025-03-11 10:00 in Shanghai. */
export const TEST_NOW = new Date('2025-03-11T02:00:00Z');
export const PLAN_DATE = '2025-03-12';

/** The planning service with its demo fleet, a fake clock and its own Kafka namespace. */
export function startPlanning(
  options: { namespace?: string; clock?: FakeClock; env?: Record<string, string> } = {},
) {
  return startServiceForTest({
    service: SERVICE,
    configSchema: planningConfigSchema,
    appModule: (config) => AppModule.register(config),
    namespace: options.namespace,
    clock: options.clock ?? new FakeClock(TEST_NOW),
    env: {
      DEMO_DATA: 'true',
      PLAN_TIME_LIMIT_MS: '1000',
      PLAN_MAX_ITERATIONS: '300',
      ...options.env,
    },
    logLevel: 'warn',
  });
}

export const dispatcher = actorHeaders({
  username: 'dispatcher',
  role: 'dispatcher',
  branch: 'SH01',
});

export interface PickupSpec {
  waybillNo?: string;
  lat?: number;
  lng?: number;
  weightKg?: number;
  volumeM3?: number;
  dangerousGoods?: boolean;
  /** local hours on the plan day, e.g. [9, 12] */
  window?: [number, number];
  deliveryMode?: 'door' | 'self-pickup';
  noCoordinates?: boolean;
}

const local = (hour: number) => new Date(Date.UTC(2025, 2, 12, hour - 8)).toISOString();

/** An order.placed for a pickup in Shanghai tomorrow, from the contract's example (R40 inputs). */
export function placedOrder(spec: PickupSpec) {
  const waybillNo =
    spec.waybillNo ?? `SH${randomUUID().replace(/\D/g, '').slice(0, 10).padEnd(10, '7')}`;
  const [from, to] = spec.window ?? [9, 17];
  return {
    ...exampleOrder,
    orderId: `ORD-${waybillNo}`,
    waybillNo,
    shipper: {
      ...exampleOrder.shipper,
      address: {
        ...exampleOrder.shipper.address,
        coordinates: spec.noCoordinates
          ? undefined
          : { lat: spec.lat ?? 31.2, lng: spec.lng ?? 121.6 },
      },
    },
    cargo: {
      ...exampleOrder.cargo,
      weightKg: spec.weightKg ?? 300,
      volumeM3: spec.volumeM3 ?? 2,
      dangerousGoodsClass: spec.dangerousGoods ? ('3' as const) : ('none' as const),
    },
    deliveryMode: spec.deliveryMode ?? ('self-pickup' as const),
    pickupWindow: { from: local(from), to: local(to) },
    placedAt: TEST_NOW.toISOString(),
  };
}

/** Publishes order events on the namespace's order.events, as the order service would. */
export class OrderEvents {
  private readonly publisher: EventPublisher;

  constructor(
    kafka: KafkaClient,
    private readonly namespace: string,
  ) {
    this.publisher = new EventPublisher(kafka);
  }

  async placed(...orders: ReturnType<typeof placedOrder>[]) {
    await this.publisher.publish(
      namespaced(this.namespace, orderPlacedV1.topic),
      orders.map((data) =>
        createEnvelope({
          source: '/freight/order',
          type: orderPlacedV1.type,
          subject: data.waybillNo,
          data,
          branch: data.branch,
        }),
      ),
    );
  }

  async cancelled(waybillNo: string, at: Date) {
    const data = {
      ...orderCancelledV1.example,
      orderId: `ORD-${waybillNo}`,
      waybillNo,
      cancelledAt: at.toISOString(),
    };
    await this.publisher.publish(namespaced(this.namespace, orderCancelledV1.topic), [
      createEnvelope({
        source: '/freight/order',
        type: orderCancelledV1.type,
        subject: waybillNo,
        data,
        branch: 'SH01',
      }),
    ]);
  }

  close() {
    return this.publisher.close();
  }
}
