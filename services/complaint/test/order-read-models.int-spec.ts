import { orderPlacedV1 } from '@freight/contracts';
import { createEnvelope, KafkaClient, namespaced } from '@freight/messaging';
import { EventPublisher, startServiceForTest, waitFor } from '@freight/testing';
import { AppModule } from '../src/app.module';
import { complaintConfigSchema } from '../src/config';

describe('read models of the order service (R12, R10, R15)', () => {
  it('R12: order.placed makes the waybill known', async () => {
    const service = await startServiceForTest({
      service: 'complaint',
      configSchema: complaintConfigSchema,
      appModule: (c) => AppModule.register(c),
      logLevel: 'warn',
    });
    const publisher = new EventPublisher(service.app.get(KafkaClient));
    try {
      const data = orderPlacedV1.example;
      await publisher.publish(namespaced(service.namespace, orderPlacedV1.topic), [
        createEnvelope({
          source: '/freight/order',
          type: orderPlacedV1.type,
          subject: data.waybillNo,
          data,
        }),
      ]);
      await waitFor(
        async () => (await service.dataSource.query('SELECT * FROM known_waybill')).length > 0,
        { timeoutMs: 20_000 },
      );
    } finally {
      await publisher.close();
      await service.stop();
    }
  });
});
