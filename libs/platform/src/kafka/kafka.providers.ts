import { Injectable, OnApplicationShutdown, Provider } from '@nestjs/common';
import { KafkaClient } from '@freight/messaging';

/**
 * The service's one KafkaClient, injectable by its class: `constructor(kafka: KafkaClient)`.
 * Connections open lazily, so a service starts (and reports not-ready) while Kafka is away.
 */
export function kafkaClientProvider(service: string, brokers: string[]): Provider {
  return {
    provide: KafkaClient,
    useFactory: () => new KafkaClient({ brokers, clientId: service }),
  };
}

/** Closes the client's connections once HTTP has drained (shutdown hooks run after that). */
@Injectable()
export class KafkaClientCloser implements OnApplicationShutdown {
  constructor(private readonly kafka: KafkaClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.kafka.disconnect();
  }
}
