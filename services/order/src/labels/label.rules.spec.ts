import { labelContent, maskPhone } from './label.rules';
import type { Order } from '../orders/order.entity';

describe('R5 labels', () => {
  it('R5: a piece’s label names the waybill, n/N, the route and the consignee, the phone masked', () => {
    const order = {
      waybillNo: 'SH0000000422',
      pieces: 12,
      laneOrigin: 'SH',
      laneDestination: 'WH',
      shipper: {
        name: '华阳',
        phone: '13800001001',
        address: { province: '上海市', city: '上海市' },
      },
      consignee: {
        name: '武汉光谷光电有限公司',
        contact: '罗斌',
        phone: '13700003001',
        address: { province: '湖北省', city: '武汉市', district: '洪山区' },
      },
      cargo: {
        description: '涂料',
        pieces: 12,
        weightKg: 1,
        volumeM3: 1,
        dangerousGoodsClass: '3',
      },
      paymentTerms: 'freight-collect',
      serviceOptions: {
        pickup: false,
        deliveryMode: 'self-pickup',
        podRequired: true,
        codAmount: 100,
      },
    } as unknown as Order;
    expect(labelContent(order, 3)).toEqual({
      waybillNo: 'SH0000000422',
      piece: '3/12',
      route: 'SH 上海市 → WH 武汉市',
      consignee: ['收货人 武汉光谷光电有限公司 罗斌 137****3001', '湖北省武汉市 洪山区'],
      shipper: '发货人 华阳',
      cargo: '涂料',
      marks: ['危险品 UN 3', '到付', '代收货款', '自提', '回单'],
      qr: 'SH0000000422/3/12',
    });
    expect(maskPhone('021-55500101')).toBe('021-5550****');
  });
});
