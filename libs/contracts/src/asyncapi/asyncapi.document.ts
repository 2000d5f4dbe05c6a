import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ContractRegistry } from '../contract-registry';
import { eventEnvelopeSchema } from '../envelope.schema';
import type { EventContract } from '../event-contract';
import { Topics, topicDescriptions } from '../topics';

/** Structured-mode CloudEvents over Kafka (CloudEvents Kafka protocol binding). */
const contentType = 'application/cloudevents+json; charset=UTF-8';

const messageId = (c: EventContract) => `${c.type}.v${c.version}`;
const channelId = (topic: string) =>
  topic.replace(/[^a-zA-Z0-9]+(.)/g, (_, ch: string) => ch.toUpperCase());

/** Inbound topics the platform receives; every other topic in the registry the platform sends. */
const inboundTopics = new Set<string>([Topics.dispatchTracking]);

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;

function envelopePayload(contract: EventContract) {
  const { $schema: _, ...payload } = jsonSchema(
    eventEnvelopeSchema.extend({
      type: z.literal(contract.type),
      dataversion: z.literal(String(contract.version)),
      data: contract.schema,
    }),
  );
  return payload;
}

/** A stable example envelope, so the generated document only changes when a contract does. */
function exampleEnvelope(contract: EventContract) {
  const hex = createHash('sha1').update(messageId(contract)).digest('hex');
  const data = contract.schema.parse(contract.example);
  const service = contract.type.split('.')[0];
  return {
    specversion: '1.0',
    id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`,
    source: service === 'dispatch' ? '/dispatch' : `/freight/${service}`,
    type: contract.type,
    time: '2025-03-14T08:00:00Z',
    subject: contract.key(data),
    datacontenttype: 'application/json',
    dataversion: String(contract.version),
    correlationid: 'c0ffee00-0000-4000-8000-000000000001',
    data: contract.example,
  };
}

const kafkaHeaders = {
  type: 'object',
  properties: {
    'ce-id': { type: 'string', description: 'copy of the envelope `id`' },
    'ce-type': { type: 'string', description: 'copy of the envelope `type`' },
    traceparent: { type: 'string', description: 'W3C trace context, when the producer has one' },
  },
  required: ['ce-id', 'ce-type'],
};

function message(contract: EventContract) {
  const envelope = exampleEnvelope(contract);
  return {
    name: contract.type,
    title: `${contract.type} v${contract.version}`,
    summary: contract.description,
    contentType,
    headers: kafkaHeaders,
    payload: envelopePayload(contract),
    bindings: {
      kafka: {
        key: {
          type: 'string',
          description: topicDescriptions[contract.topic]?.key ?? 'the aggregate id',
        },
        bindingVersion: '0.5.0',
      },
    },
    examples: [
      {
        name: `${contract.type}-v${contract.version}`,
        headers: { 'ce-id': envelope.id, 'ce-type': envelope.type },
        payload: envelope,
      },
    ],
  };
}

/** The AsyncAPI 3 document of every topic in the registry (docs/asyncapi.yaml). */
export function asyncApiDocument(registry: ContractRegistry) {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const topic of registry.topics()) {
    const contracts = registry.onTopic(topic);
    const id = channelId(topic);
    const refs = Object.fromEntries(
      contracts.map((c) => [messageId(c), { $ref: `#/components/messages/${messageId(c)}` }]),
    );
    channels[id] = {
      address: topic,
      title: topic,
      description: `${topicDescriptions[topic]?.description ?? 'Events of one service.'} Dead letters go to \`${topic}.dlq\`.`,
      messages: refs,
    };
    const action = inboundTopics.has(topic) ? 'receive' : 'send';
    operations[`${action}${id[0].toUpperCase()}${id.slice(1)}`] = {
      action,
      channel: { $ref: `#/channels/${id}` },
      messages: Object.keys(refs).map((m) => ({ $ref: `#/channels/${id}/messages/${m}` })),
    };
    for (const c of contracts) messages[messageId(c)] = message(c);
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Freight customer-service platform events',
      version: '1.0.0',
      description:
        'Generated from libs/contracts by `npm run contracts:asyncapi`; do not edit by hand. Every message is a CloudEvents 1.0 structured JSON envelope whose `data` follows the schema of its `type` and `dataversion`.',
    },
    defaultContentType: contentType,
    channels,
    operations,
    components: { messages },
  };
}
