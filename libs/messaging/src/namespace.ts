import { topicDeclaration } from '@freight/contracts';

/**
 * A Kafka namespace keeps one deployment's topics and consumer groups apart from another's on a
 * shared cluster (KAFKA_NAMESPACE): `it-7f3a` turns `order.events` into `it-7f3a.order.events`
 * and the group `tracking.orders` into `it-7f3a.tracking.orders`. Tests give every service
 * they start one namespace, so parallel suites never read each other's events. Empty: the
 * names as declared.
 */
export function namespaced(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}.${name}` : name;
}

/** The name as declared, without the namespace (to find its declaration in libs/contracts). */
export function withoutNamespace(namespace: string | undefined, name: string): string {
  return namespace && name.startsWith(`${namespace}.`) ? name.slice(namespace.length + 1) : name;
}

/**
 * The topic's creation settings from its declaration (libs/contracts topics.ts), namespaced;
 * `partitions` overrides the declared count (KAFKA_TOPIC_PARTITIONS).
 */
export function declaredTopic(namespace: string | undefined, topic: string, partitions?: number) {
  const declaration = topicDeclaration(withoutNamespace(namespace, topic));
  return {
    topic,
    numPartitions: partitions ?? declaration.partitions,
    retentionMs: declaration.retentionMs,
  };
}
