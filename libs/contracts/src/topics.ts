/** The services that produce events, each on its own `<service>.events` topic (architecture.md). */
export const producingServices = [
  'order',
  'tracking',
  'complaint',
  'billing',
  'warehouse',
  'scheduler',
  'gateway',
  'planning',
] as const;
export type ProducingService = (typeof producingServices)[number];

export const Topics = {
  /** In, from the dispatch system: one message per tracking event of a shipment (R11). */
  dispatchTracking: 'dispatch.tracking',
  /** Commands to the scheduler: arm, move, pause, resume and cancel deadlines (R39). */
  schedulerRequests: 'scheduler.requests',
  /** Escalations the scheduler raises when a deadline level lapses (R39). */
  schedulerEscalations: 'scheduler.escalations',
  /** Out, to finance: invoices and credit notes (R24). Also billing's own `<service>.events`. */
  billingEvents: 'billing.events',
} as const;

export function serviceEventsTopic(service: ProducingService): string {
  return `${service}.events`;
}

/** Where a consumer parks a message it cannot process: `<topic>.dlq` (architecture.md). */
export function dlqTopic(topic: string): string {
  return `${topic}.dlq`;
}

export function isDlqTopic(topic: string): boolean {
  return topic.endsWith('.dlq');
}

export interface TopicDescription {
  description: string;
  /** what the Kafka message key is, and so what keeps its order */
  key: string;
}

/** Topic documentation for the AsyncAPI document; topics not listed get a generic text. */
export const topicDescriptions: Record<string, TopicDescription> = {
  [Topics.dispatchTracking]: {
    description:
      'Tracking events published by the dispatch system for every shipment it moves (R11, R13).',
    key: "the waybill number: one shipment's events stay in order",
  },
  [Topics.schedulerRequests]: {
    description:
      'Commands from any service to the scheduler: arm, move, pause, resume or cancel a durable deadline (R39).',
    key: '`<subject type>:<subject id>`: the commands of one subject stay in order',
  },
  [Topics.schedulerEscalations]: {
    description:
      'Escalations raised by the scheduler when a level of a deadline lapses, and the end of a deadline (completed or cancelled) (R39).',
    key: '`<subject type>:<subject id>`',
  },
  [Topics.billingEvents]: {
    description:
      'Invoices, credit notes, payments and their allocations, and the monthly payments confirmations issued by billing, consumed by finance (R24, R25); also billing.alert.raised, which finance skips.',
    key: 'the invoice number (invoices, credit notes, allocations: an invoice’s story in order); the customer id (payments, monthly confirmations)',
  },
};

/** How a topic is created: partitions (how many consumers share it) and how long it keeps data. */
export interface TopicDeclaration {
  topic: string;
  partitions: number;
  retentionMs: number;
}

const DAY_MS = 24 * 3_600_000;

function declared(topic: string, partitions: number, retentionDays: number): TopicDeclaration[] {
  const retentionMs = retentionDays * DAY_MS;
  // a dead letter waits for a person: kept as long as its topic, on one partition per source one
  return [
    { topic, partitions, retentionMs },
    { topic: dlqTopic(topic), partitions, retentionMs },
  ];
}

/**
 * Every topic of the platform, declared once (issue 19, item 6): services create what is
 * missing at start with these settings (and their namespace, KAFKA_NAMESPACE); the brokers run
 * with auto-creation off, so a typo in a topic name fails loudly instead of creating a topic
 * nobody reads. Retention: a week for commands and escalations (acted on at once), a month for
 * domain events (read models rebuilt, late consumers), 90 days for finance's billing events.
 */
export const platformTopics: readonly TopicDeclaration[] = [
  ...producingServices
    .filter((service) => serviceEventsTopic(service) !== Topics.billingEvents)
    .flatMap((service) => declared(serviceEventsTopic(service), 6, 30)),
  ...declared(Topics.billingEvents, 6, 90),
  ...declared(Topics.dispatchTracking, 12, 30),
  ...declared(Topics.schedulerRequests, 6, 7),
  ...declared(Topics.schedulerEscalations, 6, 7),
];

/** The declaration of `topic` (a test's own topic gets the default: 6 partitions, 7 days). */
export function topicDeclaration(topic: string): TopicDeclaration {
  return (
    platformTopics.find((t) => t.topic === topic) ?? {
      topic,
      partitions: 6,
      retentionMs: 7 * DAY_MS,
    }
  );
}
