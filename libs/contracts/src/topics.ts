/** The services that produce events, each on its own `<service>.events` topic (architecture.md). */
export const producingServices = [
  'order',
  'tracking',
  'complaint',
  'billing',
  'warehouse',
  'scheduler',
  'gateway',
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
    description: 'Invoices and credit notes issued by billing, consumed by finance (R24, R25).',
    key: 'the invoice number: a credit note follows the invoice it corrects',
  },
};
