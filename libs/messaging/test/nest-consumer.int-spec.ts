import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  EventPublisher,
  testKafkaBrokers,
  uniqueGroup,
  uniqueTopic,
  waitFor,
} from '@freight/testing';
import {
  createEnvelope,
  EventEnvelope,
  EventsController,
  KafkaClient,
  MessagingModule,
  OnEvent,
} from '@freight/messaging';

const topic = uniqueTopic('messaging.events');
const group = uniqueGroup('messaging.nest-consumer');
const received: EventEnvelope<{ waybill: string }>[] = [];

@EventsController({ group })
class ShipmentEventsController {
  @OnEvent('tracking.shipment.delivered', { topic })
  delivered(event: EventEnvelope<{ waybill: string }>) {
    received.push(event);
  }
}

@Global()
@Module({
  providers: [
    {
      provide: KafkaClient,
      useFactory: () => new KafkaClient({ brokers: testKafkaBrokers(), clientId: 'int-test' }),
    },
  ],
  exports: [KafkaClient],
})
class TestKafkaModule {}

describe('an event published through libs/messaging reaches a Nest consumer', () => {
  it('is delivered to the @OnEvent handler in the fixed consumer group, without a suffix', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [TestKafkaModule, MessagingModule],
      controllers: [ShipmentEventsController],
    }).compile();
    const kafka = moduleRef.get(KafkaClient);
    await kafka.ensureTopics([{ topic, numPartitions: 6 }]);
    // No HTTP adapter: consumers need only the application context and its lifecycle hooks.
    const app = await moduleRef.init();

    try {
      const event = createEnvelope({
        source: '/freight/tracking',
        type: 'tracking.shipment.delivered',
        subject: 'WB-0001',
        data: { waybill: 'WB-0001' },
      });
      const publisher = new EventPublisher(kafka);
      await publisher.publish(topic, [event]);
      await publisher.close();

      await waitFor(() => received.length > 0, {
        description: 'the delivered event reaches the handler',
      });
      expect(received).toEqual([event]);

      const admin = new KafkaClient({ brokers: testKafkaBrokers(), clientId: 'int-test-admin' });
      const groups = await admin.listGroupIds();
      await admin.disconnect();
      expect(groups).toContain(group);
      expect(groups.filter((g) => g.startsWith(group))).toEqual([group]);
    } finally {
      await app.close();
      await kafka.disconnect();
    }
  }, 60_000);
});
