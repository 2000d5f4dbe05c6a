/** Kafka headers a dead letter carries besides the original message's own (architecture.md, Failures). */
export const DeadLetterHeaders = {
  reason: 'dlq-reason',
  error: 'dlq-error',
  consumerGroup: 'dlq-consumer-group',
  attempts: 'dlq-attempts',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  failedAt: 'dlq-failed-at',
} as const;

/** `schema-invalid`: unparsable or against the contract, never retried; `handler-failed`: retries used up. */
export type DeadLetterReason = 'schema-invalid' | 'handler-failed';

export const isDeadLetterHeader = (name: string) => name.startsWith('dlq-');
