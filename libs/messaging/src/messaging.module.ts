import { DynamicModule, FactoryProvider, Module, ModuleMetadata, Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EventConsumerHost } from './event-consumer.host';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { OutboxRelayHost } from './outbox/outbox-relay.host';
import { OutboxWriter } from './outbox/outbox-writer';

export interface MessagingAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  inject?: FactoryProvider['inject'];
  useFactory: (
    ...deps: never[]
  ) => (MessagingOptions & { service: string }) | Promise<MessagingOptions & { service: string }>;
}

const outboxWriter: Provider = {
  provide: OutboxWriter,
  inject: [MESSAGING_OPTIONS],
  useFactory: (options: MessagingOptions & { service: string }) =>
    new OutboxWriter({
      service: options.service,
      registry: options.registry,
      namespace: options.namespace,
      clock: options.clock,
    }),
};

/**
 * Publishing and consuming for a service. Expects a `KafkaClient` provider in scope
 * (`PlatformModule` provides one globally for every service). Plain `MessagingModule` consumes
 * only; `forService` adds the outbox writer and relay and the consumers' options.
 */
@Module({
  imports: [DiscoveryModule],
  providers: [EventConsumerHost],
})
export class MessagingModule {
  static forService(options: MessagingOptions & { service: string }): DynamicModule {
    return MessagingModule.forServiceAsync({ useFactory: () => options });
  }

  static forServiceAsync({
    imports = [],
    inject = [],
    useFactory,
  }: MessagingAsyncOptions): DynamicModule {
    return {
      module: MessagingModule,
      imports: [DiscoveryModule, ...imports],
      providers: [
        { provide: MESSAGING_OPTIONS, inject, useFactory },
        EventConsumerHost,
        OutboxRelayHost,
        outboxWriter,
      ],
      // EventConsumerHost: the platform's readiness asks it whether every group has joined
      exports: [OutboxWriter, EventConsumerHost],
    };
  }
}
