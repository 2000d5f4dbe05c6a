import type { NewInquiry } from './inquiry.rules';

/** An inquiry as the intake schema outputs it, for unit specs (test data only). */
export function newInquiryFixture(overrides: Partial<NewInquiry> = {}): NewInquiry {
  return {
    branch: 'SH01',
    company: '华阳精细化工(上海)有限公司',
    contact: { name: '李伟', phone: '13800001001' },
    cargo: {
      description: '涂料 paint',
      pieces: 12,
      weightKg: 860,
      volumeM3: 2.4,
      dangerousGoodsClass: 'none',
    },
    origin: { province: '上海市', city: '上海市', district: '闵行区', street: '华宁路 88 号' },
    destination: {
      province: '湖北省',
      city: '武汉市',
      district: '江汉区',
      street: '建设大道 1 号',
    },
    serviceOptions: { pickup: false, deliveryMode: 'self-pickup', podRequired: false },
    important: false,
    ...overrides,
  };
}
