import { ContractRegistry, parseEnvelope } from '@freight/contracts';
import type { KafkaMessage } from 'kafkajs';
import { z } from 'zod';
import type { EventEnvelope } from '../envelope';

export type DecodedMessage =
  | { kind: 'event'; message: KafkaMessage; envelope: EventEnvelope }
  | { kind: 'invalid'; message: KafkaMessage; error: string }
  | { kind: 'not-ours'; message: KafkaMessage };

/**
 * Parses and validates a message: the envelope, then `data` against the contract of its type and
 * `dataversion`. Types this consumer has no route for are `not-ours` (a topic carries many types).
 * A routed type the registry does not know is delivered with its envelope checked only: the
 * host warns about such routes at start-up.
 */
export function decodeMessage(
  message: KafkaMessage,
  isRouted: (type: string) => boolean,
  registry: ContractRegistry,
): DecodedMessage {
  let json: unknown;
  try {
    json = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch (err) {
    return { kind: 'invalid', message, error: `unparsable: ${(err as Error).message}` };
  }
  const envelope = parseEnvelope(json);
  if (!envelope.success)
    return { kind: 'invalid', message, error: `envelope: ${z.prettifyError(envelope.error)}` };
  const { type, dataversion } = envelope.data;
  if (!isRouted(type)) return { kind: 'not-ours', message };
  if (!registry.knowsType(type))
    return { kind: 'event', message, envelope: envelope.data as EventEnvelope };
  const contract = registry.find(type, Number(dataversion));
  if (!contract)
    return { kind: 'invalid', message, error: `no contract for ${type} v${dataversion}` };
  const data = contract.schema.safeParse(envelope.data.data);
  if (!data.success)
    return {
      kind: 'invalid',
      message,
      error: `data of ${type} v${dataversion}: ${z.prettifyError(data.error)}`,
    };
  // The envelope is this message's own parse: give it the parsed data rather than copy it.
  const value = envelope.data;
  value.data = data.data;
  return { kind: 'event', message, envelope: value as EventEnvelope };
}
