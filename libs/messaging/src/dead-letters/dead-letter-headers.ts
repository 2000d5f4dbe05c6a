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

/**
 * `schema-invalid`: unparsable or against the contract, never retried; `refused`: the handler
 * refused it (a DomainError: the business rule says no), never retried; `handler-failed`:
 * retries used up.
 */
export type DeadLetterReason = 'schema-invalid' | 'refused' | 'handler-failed';

export const isDeadLetterHeader = (name: string) => name.startsWith('dlq-');
