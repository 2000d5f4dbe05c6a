import { OrderHttp } from '@freight/contracts';
import type { NewInquiry } from './inquiry.rules';

/** The API's example inquiry as the intake schema outputs it, for unit specs (test data only). */
export function newInquiryFixture(overrides: Partial<NewInquiry> = {}): NewInquiry {
  const example = OrderHttp.newInquiryBody.parse(OrderHttp.exampleInquiry);
  return {
    ...example,
    customerId: undefined,
    cargo: { ...example.cargo, dangerousGoodsClass: 'none', msdsReference: undefined },
    serviceOptions: { pickup: false, deliveryMode: 'self-pickup', podRequired: false },
    ...overrides,
  };
}
