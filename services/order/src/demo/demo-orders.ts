import { DEMO_BRANCHES, DEMO_CUSTOMERS, DemoCustomer } from '@freight/contracts';
import { AcceptQuoteHandler } from '../inquiries/accept-quote.handler';
import { QuoteInquiryHandler } from '../inquiries/quote-inquiry.handler';
import { RecordInquiryHandler } from '../inquiries/record-inquiry.handler';
import { ChangeOrderHandler } from '../orders/change-order.handler';
import type { Order, Party } from '../orders/order.entity';
import type { NewOrder } from '../orders/order.rules';
import { PlaceOrderHandler } from '../orders/place-order.handler';
import { PickupNoticeHandler } from '../pickup-notices/pickup-notice.handler';
import { DemoContext, demoStaff, localTime, minutes, random } from './demo-seed';

// R4–R8 demo: orders of the demo cast between the three branch cities, placed by the branches'
// agents (some from accepted quotes), acknowledged by the documents desk, a few amended or
// cancelled, self-pickups notified and collected — every step through the use cases, so every
// event reaches tracking, billing, complaint and planning as a real one would.

type Rng = ReturnType<typeof random>;

const byBranch = (branch: string) => DEMO_CUSTOMERS.filter((c) => c.branch === branch);

/** A consignee: another demo customer, in another city most of the time (coordinates for R40). */
function consigneeOf(rng: Rng, shipper: DemoCustomer): Party {
  const others = DEMO_CUSTOMERS.filter((c) => c.customerId !== shipper.customerId);
  const away = others.filter((c) => c.branch !== shipper.branch);
  const c = rng.pick(rng.chance(0.85) ? away : others);
  return { name: c.company, contact: c.contact.name, phone: c.contact.phone, address: c.address };
}

export function demoOrderInput(
  rng: Rng,
  customer: DemoCustomer,
  placedAt: Date,
  reference: string,
): NewOrder {
  const dg = customer.cargo.dangerousGoodsClass;
  const pieces = rng.int(1, 40);
  const pickupDay = rng.chance(0.5) ? 0 : 1;
  const morning = rng.chance(0.5);
  const from = localTime(placedAt, -pickupDay, morning ? 9 : 13);
  return {
    branch: customer.branch,
    customerId: customer.customerId,
    consignee: consigneeOf(rng, customer),
    cargo: {
      description: customer.cargo.description,
      pieces,
      weightKg: pieces * rng.int(8, 60),
      volumeM3: Math.round(pieces * rng.int(3, 20)) / 100,
      dangerousGoodsClass: dg,
      ...(dg !== 'none' ? { msdsReference: `MSDS-${customer.customerId}` } : {}),
      packaging: customer.cargo.packaging,
    },
    serviceOptions: {
      pickup: rng.chance(0.7),
      deliveryMode: rng.chance(0.45) ? 'self-pickup' : 'door',
      podRequired: rng.chance(0.3),
      ...(rng.chance(0.15) ? { codAmount: rng.int(10, 200) * 10_000 } : {}),
      ...(rng.chance(0.2) ? { declaredValue: rng.int(5, 50) * 100_000 } : {}),
    },
    ...(rng.chance(0.2) ? { paymentTerms: 'freight-collect' as const } : {}),
    pickupWindow: {
      from: from.toISOString(),
      to: minutes(from, morning ? 180 : 240).toISOString(),
    },
    customerReference: reference,
    ...(dg !== 'none' ? { cautions: `UN class ${dg}: keep upright, away from heat` } : {}),
  };
}

/** Places one order, a fifth of them from an accepted quote (R3 → R4). */
export async function placeDemoOrder(
  ctx: DemoContext,
  rng: Rng,
  input: NewOrder,
  placedAt: Date,
): Promise<Order> {
  const agent = demoStaff(input.branch, 'agent');
  if (!rng.chance(0.2)) return ctx.get(PlaceOrderHandler).handle(input, agent, placedAt);
  const customer = DEMO_CUSTOMERS.find((c) => c.customerId === input.customerId)!;
  const inquiry = await ctx.get(RecordInquiryHandler).handle(
    {
      branch: input.branch,
      customerId: customer.customerId,
      company: customer.company,
      contact: { name: customer.contact.name, phone: customer.contact.phone },
      cargo: input.cargo!,
      origin: customer.address,
      destination: input.consignee.address,
      serviceOptions: input.serviceOptions!,
      important: false,
    },
    agent,
    minutes(placedAt, -150),
  );
  const { quote } = await ctx
    .get(QuoteInquiryHandler)
    .handle(inquiry.inquiryId, {}, agent, minutes(placedAt, -120));
  await ctx
    .get(AcceptQuoteHandler)
    .handle(quote.quoteId, 'by phone', agent, minutes(placedAt, -30));
  const { cargo: _c, serviceOptions: _s, ...rest } = input;
  return ctx.get(PlaceOrderHandler).handle({ ...rest, quoteId: quote.quoteId }, agent, placedAt);
}

/** What happened to an order since, by its age: acknowledged, amended, cancelled, notified, collected. */
async function liveOut(ctx: DemoContext, rng: Rng, order: Order, now: Date): Promise<void> {
  const agent = demoStaff(order.branch, 'agent');
  const clerk = demoStaff(order.branch, 'documents-clerk');
  const changes = ctx.get(ChangeOrderHandler);
  const at = (m: number) => minutes(order.placedAt, m);
  if (rng.chance(0.06)) {
    await changes.cancel(
      order.orderId,
      rng.pick(['customer postponed', 'goods not ready', 'booked twice']),
      agent,
      at(40),
    );
    return;
  }
  await changes.acknowledge(order.orderId, undefined, clerk, at(rng.int(5, 25)));
  if (rng.chance(0.1)) {
    await changes.amend(
      order.orderId,
      { requirements: 'call the consignee one hour before arrival' },
      agent,
      at(120),
    );
    if (at(150) < minutes(now, -24 * 60))
      await changes.acknowledge(order.orderId, 're-checked', clerk, at(150));
    else return;
  }
  if (order.serviceOptions.deliveryMode !== 'self-pickup') return;
  const notifiedAt = minutes(order.promisedDeliveryAt, -120);
  if (notifiedAt > now) return;
  const notices = ctx.get(PickupNoticeHandler);
  await notices.notify(
    order.orderId,
    {
      channel: rng.pick(['phone', 'phone', 'sms', 'wechat'] as const),
      answeredBy: {
        name: order.consignee.contact ?? order.consignee.name,
        gender: rng.pick(['male', 'female'] as const),
      },
    },
    agent,
    notifiedAt,
  );
  const collectedAt = minutes(notifiedAt, 20 * 60);
  if (collectedAt < minutes(now, -60))
    await notices.collected(
      order.orderId,
      {
        name: order.consignee.contact ?? order.consignee.name,
        idLast4: String(rng.int(1000, 9999)),
      },
      agent,
      collectedAt,
    );
}

/** R4–R8: the last 29 days of each branch, three to five orders a day. */
export async function seedMonthOfOrders(ctx: DemoContext): Promise<number> {
  const rng = random(2026);
  const now = ctx.clock.now();
  let placed = 0;
  for (let day = 29; day >= 1; day--) {
    for (const branch of DEMO_BRANCHES) {
      for (let i = 1, n = rng.int(3, 5); i <= n; i++) {
        const customer = rng.pick(byBranch(branch.code));
        const placedAt = localTime(now, day, rng.int(9, 16), rng.int(0, 59));
        const input = demoOrderInput(rng, customer, placedAt, `DEMO-${day}-${branch.code}-${i}`);
        const order = await placeDemoOrder(ctx, rng, input, placedAt);
        await liveOut(ctx, rng, order, now);
        placed++;
      }
    }
  }
  return placed;
}
