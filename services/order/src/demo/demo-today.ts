import { DEMO_BRANCHES, DEMO_CUSTOMERS } from '@freight/contracts';
import { AnswerInquiryHandler } from '../inquiries/answer-inquiry.handler';
import { RecordInquiryHandler } from '../inquiries/record-inquiry.handler';
import type { NewInquiry } from '../inquiries/inquiry.rules';
import { ChangeOrderHandler } from '../orders/change-order.handler';
import { DemoContext, demoStaff, localDate, localTime, minutes, random } from './demo-seed';
import { demoOrderInput, placeDemoOrder } from './demo-orders';

// The desk as it is today (seeded on the first start of each day, relative to the clock): the
// day's pickups for planning (R40), and inquiries — some inside their 8 hours, one needing
// analysis, one important (R19), dangerous goods waiting for the MSDS (R2), and two from days
// ago nobody answered, which the scheduler escalates at once (R3).

const SH_CUSTOMERS = DEMO_CUSTOMERS.filter((c) => c.branch === 'SH01');

function inquiryOf(index: number, overrides: Partial<NewInquiry> = {}): NewInquiry {
  const c = SH_CUSTOMERS[index % SH_CUSTOMERS.length];
  const consignee = DEMO_CUSTOMERS[(index * 7 + 8) % DEMO_CUSTOMERS.length];
  return {
    branch: 'SH01',
    customerId: c.customerId,
    company: c.company,
    contact: { name: c.contact.name, phone: c.contact.phone },
    cargo: {
      description: c.cargo.description,
      pieces: 10 + index,
      weightKg: 300 + 120 * index,
      volumeM3: 1.2 + index / 2,
      dangerousGoodsClass: c.cargo.dangerousGoodsClass,
      ...(c.cargo.dangerousGoodsClass !== 'none' ? { msdsReference: `MSDS-${c.customerId}` } : {}),
    },
    origin: c.address,
    destination: consignee.address,
    serviceOptions: { pickup: true, deliveryMode: 'door', podRequired: false },
    important: false,
    ...overrides,
  };
}

async function seedInquiries(ctx: DemoContext): Promise<void> {
  const now = ctx.clock.now();
  const record = ctx.get(RecordInquiryHandler);
  const agent = demoStaff('SH01', 'agent');
  for (const [i, hoursAgo] of [1, 2, 3].entries())
    await record.handle(inquiryOf(i), agent, minutes(now, -60 * hoursAgo));
  await record.handle(
    inquiryOf(3, {
      destination: {
        province: '四川省',
        city: '成都市',
        district: '武侯区',
        street: '天府大道 1 号',
      },
    }),
    agent,
    minutes(now, -45),
  );
  await record.handle(
    inquiryOf(4, {
      important: true,
      specialRequirements: 'monthly 40 t to Wuhan if the price is right',
    }),
    agent,
    minutes(now, -30),
  );
  const dg = inquiryOf(0);
  await record.handle(
    {
      ...dg,
      cargo: {
        ...dg.cargo,
        description: '工业清洗剂 industrial solvent',
        dangerousGoodsClass: '3',
        msdsReference: undefined,
      },
    },
    agent,
    minutes(now, -20),
  );
  // nobody answered these: their ladders lapse at once when the scheduler sees them (catch-up)
  await record.handle(inquiryOf(5), agent, localTime(now, 6, 10));
  const missedCallback = await record.handle(inquiryOf(6), agent, localTime(now, 5, 15));
  await ctx
    .get(AnswerInquiryHandler)
    .callBack(
      missedCallback.inquiryId,
      { outcome: 'no answer', reached: false },
      agent,
      localTime(now, 5, 16),
    );
}

async function seedTodaysPickups(ctx: DemoContext): Promise<void> {
  const now = ctx.clock.now();
  const rng = random(Number(localDate(now).replace(/-/g, '')));
  for (const branch of DEMO_BRANCHES) {
    const customers = DEMO_CUSTOMERS.filter((c) => c.branch === branch.code);
    for (let i = 1; i <= 4; i++) {
      const placedAt = minutes(now, -rng.int(30, 300));
      const input = demoOrderInput(
        rng,
        rng.pick(customers),
        placedAt,
        `DEMO-${localDate(now)}-${branch.code}-${i}`,
      );
      const from = localTime(now, i <= 2 ? 0 : -1, i % 2 ? 9 : 13);
      const order = await placeDemoOrder(
        ctx,
        rng,
        {
          ...input,
          pickupWindow: { from: from.toISOString(), to: minutes(from, 240).toISOString() },
        },
        placedAt,
      );
      if (i > 1)
        await ctx
          .get(ChangeOrderHandler)
          .acknowledge(
            order.orderId,
            undefined,
            demoStaff(branch.code, 'documents-clerk'),
            minutes(placedAt, 15),
          );
    }
  }
}

export async function seedToday(ctx: DemoContext): Promise<void> {
  await seedTodaysPickups(ctx);
  await seedInquiries(ctx);
}
