import { dispatchTrackingRecordedV1, Topics } from '@freight/contracts';
import {
  createEnvelope,
  envelopeHeaders,
  EventEnvelope,
  KafkaClient,
  namespaced,
} from '@freight/messaging';
import type { Producer } from 'kafkajs';
import { deliveryOrder, PlannedStep, remainingSteps, Send, seededRandom } from './dispatch-plan';
import { learnOpenShipments } from './open-shipments';

// `npm run simulate -- dispatch` (issue 22 item 7): plays the dispatch system for the open demo
// orders, publishing contract-valid dispatch.tracking events through kafkajs as a partner would.
// It learns the open orders from Kafka, not from any service's HTTP (open-shipments.ts).

export interface SimulatorOptions {
  kafka: KafkaClient;
  namespace?: string;
  /** events per second */
  rate: number;
  /** also send a malformed message and an impossible waybill number, to show the DLQ */
  bad: boolean;
  seed: number;
  log: (line: string) => void;
}

/** Plays every open shipment to delivery at `rate` events per second; resolves when done. */
export async function simulateDispatch(
  options: SimulatorOptions,
): Promise<{ shipments: number; sent: number }> {
  const { kafka, log } = options;
  const random = seededRandom(options.seed);
  const shipments = await learnOpenShipments(kafka, options.namespace);
  log(`${shipments.length} open shipment(s) to play at ${options.rate} event(s)/s`);
  const queues = shipments
    .map((s) => deliveryOrder(remainingSteps(s, random), random))
    .filter((q) => q.length > 0);
  const topic = namespaced(options.namespace, Topics.dispatchTracking);
  await kafka.ensureTopics([{ topic }]);
  const producer = kafka.producer();
  await producer.connect();
  let sent = 0;
  try {
    if (options.bad) sent += await sendBadOnes(producer, topic, log);
    const clock = new OccurredAt();
    const interval = 1000 / options.rate;
    for (let round = 0; queues.some((q) => q.length > 0); round++) {
      for (const queue of queues) {
        const send = queue.shift();
        if (!send) continue;
        const envelope = envelopeOf(send, clock.of(send));
        const messages = Array.from({ length: send.twice ? 2 : 1 }, () => message(envelope));
        await producer.send({ topic, acks: -1, messages });
        sent += messages.length;
        if (sent % 50 === 0 || send.twice)
          log(`${sent} sent (${describe(send)}${send.twice ? ', sent twice' : ''})`);
        await sleep(interval);
      }
    }
  } finally {
    await producer.disconnect();
  }
  log(`done: ${queues.length} shipment(s) delivered, ${sent} message(s) sent`);
  return { shipments: queues.length, sent };
}

/**
 * When each step happened: now, as it is sent — except a step sent after one that happened
 * later (a swap), which happened a minute before that one. The feed is live, the clock real.
 */
class OccurredAt {
  private readonly times = new Map<string, Date>();

  of(send: Send): Date {
    const key = (sequence: number) => `${send.step.waybillNo}|${sequence}`;
    const next = this.times.get(key(send.sequence + 1));
    const at = next ? new Date(next.getTime() - 60_000) : new Date();
    this.times.set(key(send.sequence), at);
    return at;
  }
}

function envelopeOf(send: Send, occurredAt: Date): EventEnvelope {
  const { step } = send;
  const data = {
    waybillNo: step.waybillNo,
    status: step.status,
    occurredAt: occurredAt.toISOString(),
    place: step.place,
    vehicle: step.vehicle,
    driver: step.driver,
    ...(step.exception ? { exception: step.exception } : {}),
  };
  dispatchTrackingRecordedV1.schema.parse(data); // a partner validates before it publishes
  return createEnvelope({
    source: '/dispatch',
    type: dispatchTrackingRecordedV1.type,
    subject: step.waybillNo,
    data,
  });
}

const message = (envelope: EventEnvelope) => ({
  key: envelope.subject,
  value: JSON.stringify(envelope),
  headers: envelopeHeaders(envelope),
});

async function sendBadOnes(
  producer: Producer,
  topic: string,
  log: (line: string) => void,
): Promise<number> {
  const impossible = envelopeOf(
    {
      step: {
        waybillNo: 'SH0000000423', // check digit wrong (R5)
        status: 'picked-up',
        place: { code: 'SH-PICKUP', name: 'Shanghai pickup' },
        vehicle: { plate: '沪A·B0001' },
        driver: { name: '张师傅' },
      } satisfies PlannedStep,
      sequence: 0,
      twice: false,
    },
    new Date(),
  );
  await producer.send({
    topic,
    acks: -1,
    messages: [
      { key: 'SH0000000422', value: '{"specversion":"1.0","type":"dispatch.tracking.recorded"' },
      message(impossible),
    ],
  });
  log(
    'sent a truncated message and one naming an impossible waybill: see `npm run dlq -- list dispatch.tracking`',
  );
  return 2;
}

const describe = ({ step }: Send) => `${step.waybillNo} ${step.status} at ${step.place.name}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
