import { z } from 'zod';
import {
  address,
  branchCode,
  dangerousGoodsClass,
  instant,
  money,
  party,
  staffRef,
} from '../shared.schemas';

/** The customer file (R1) as the other services keep it in their read models. */
export const customerSnapshot = z.object({
  customerId: z.string().min(1),
  branch: branchCode.describe('the branch that owns the account (R41)'),
  company: z.string().min(1).max(200),
  contacts: z
    .array(
      z.object({
        name: z.string().min(1).max(100),
        phone: z.string().min(3).max(30),
        email: z.string().max(200).optional(),
      }),
    )
    .describe('phones match a caller to the customer (R15)'),
  addresses: z.array(address.extend({ label: z.string().max(50).optional() })),
  billingTerms: z
    .object({
      kind: z.enum(['monthly', 'cash']).describe('monthly statement (月结) or cash per shipment'),
      creditDays: z.number().int().min(0).max(365).describe('days to pay after the invoice (R25)'),
    })
    .describe('R24: monthly customers are reconciled and invoiced at month end'),
  email: z.string().max(200).optional().describe('where statements and notices go'),
});

/** A line of a price: freight, a surcharge, a fee (money in fen, R3). */
export const priceLine = z.object({
  code: z
    .string()
    .min(1)
    .describe(
      '`freight`, `minimum-charge`, `dangerous-goods`, `pickup`, `delivery`, `insurance`, `cod-fee`, `pod-fee`, `packaging` …',
    ),
  description: z.string().min(1),
  amount: money.describe('net of tax'),
  taxRate: z
    .number()
    .min(0)
    .max(1)
    .describe('VAT rate of the line: 0.09 transport, 0.06 auxiliary logistics services'),
});

/** The order as tracking, billing and planning need it (R4): every snapshot is complete. */
export const orderSnapshot = {
  orderId: z.string().min(1),
  waybillNo: z.string().min(1).describe('unique, branch prefix and check digit (R5)'),
  branch: branchCode,
  customer: z.object({ customerId: z.string().min(1), company: z.string().min(1) }),
  agent: staffRef.describe('the agent who took the order (R10)'),
  shipper: party,
  consignee: party,
  lane: z.object({
    origin: z.string().min(1).describe('origin region code of the rate table, e.g. `SH`'),
    destination: z.string().min(1).describe('destination region code, e.g. `WH`'),
  }),
  cargo: z.object({
    description: z.string().min(1).max(200),
    pieces: z.number().int().min(1),
    weightKg: z.number().positive(),
    volumeM3: z.number().positive(),
    dangerousGoodsClass,
    packaging: z.string().max(100).optional(),
  }),
  price: z.object({
    lines: z.array(priceLine).min(1),
    net: money,
    tax: money,
    total: money,
  }),
  paymentTerms: z
    .enum(['prepaid', 'freight-collect', 'monthly', 'on-receipt'])
    .describe('现付 / 到付 / 月结 / 回单付'),
  codAmount: money.nullable().describe('cash on delivery collected for the shipper (代收货款)'),
  deliveryMode: z.enum(['self-pickup', 'door']),
  podRequired: z.boolean().describe('a signed return receipt must come back (R14)'),
  promisedDeliveryAt: instant.describe('R13: missing it raises a delay exception'),
  pickupWindow: z.object({ from: instant, to: instant }).describe('R40: when the shipper is ready'),
  serviceMinutes: z.number().int().min(0).max(600).default(15).describe('time at the stop (R40)'),
  requirements: z.string().max(2000).optional(),
  cautions: z.string().max(2000).optional(),
  quoteId: z.string().optional().describe('the accepted quote, when the order came from one'),
};

export const exampleCustomer = {
  customerId: 'CUST-SH-00917',
  branch: 'SH01',
  company: '湖北精细化工有限公司',
  contacts: [{ name: '王芳', phone: '13800138000', email: 'wang.fang@example.cn' }],
  addresses: [
    {
      label: 'warehouse',
      province: '上海市',
      city: '上海市',
      district: '浦东新区',
      street: '张江路 88 号',
    },
  ],
  billingTerms: { kind: 'monthly' as const, creditDays: 30 },
  email: 'finance@example.cn',
};

export const exampleOrder = {
  orderId: 'ORD-SH-2025-000042',
  waybillNo: 'SH0000000422',
  branch: 'SH01',
  customer: { customerId: 'CUST-SH-00917', company: '湖北精细化工有限公司' },
  agent: { userId: 'u-agent-1', username: 'agent' },
  shipper: {
    name: '湖北精细化工有限公司',
    contact: '王芳',
    phone: '13800138000',
    address: {
      province: '上海市',
      city: '上海市',
      district: '浦东新区',
      street: '张江路 88 号',
      coordinates: { lat: 31.2, lng: 121.6 },
    },
  },
  consignee: {
    name: '武汉新材料有限公司',
    contact: '李强',
    phone: '13900139000',
    address: { province: '湖北省', city: '武汉市', district: '江汉区', street: '建设大道 1 号' },
  },
  lane: { origin: 'SH', destination: 'WH' },
  cargo: {
    description: '涂料 (paint)',
    pieces: 12,
    weightKg: 860,
    volumeM3: 2.4,
    dangerousGoodsClass: '3' as const,
    packaging: 'drums',
  },
  price: {
    lines: [
      {
        code: 'freight',
        description: 'freight SH→WH, 860 kg',
        amount: { amountMinor: 172000, currency: 'CNY' },
        taxRate: 0.09,
      },
      {
        code: 'dangerous-goods',
        description: 'dangerous-goods surcharge (UN class 3)',
        amount: { amountMinor: 30000, currency: 'CNY' },
        taxRate: 0.09,
      },
    ],
    net: { amountMinor: 202000, currency: 'CNY' },
    tax: { amountMinor: 18180, currency: 'CNY' },
    total: { amountMinor: 220180, currency: 'CNY' },
  },
  paymentTerms: 'monthly' as const,
  codAmount: null,
  deliveryMode: 'door' as const,
  podRequired: true,
  promisedDeliveryAt: '2025-03-15T10:00:00Z',
  pickupWindow: { from: '2025-03-12T01:00:00Z', to: '2025-03-12T05:00:00Z' },
  serviceMinutes: 15,
  requirements: 'tail-lift truck',
  cautions: 'flammable: keep away from heat',
};
