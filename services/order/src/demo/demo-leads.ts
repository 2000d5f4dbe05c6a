import { LeadHandler } from '../leads/lead.handler';
import { DemoContext, demoStaff, minutes } from './demo-seed';

/** R9: a new lead, a promising one (its alert reached the managers), one that became a customer. */
export async function seedDemoLeads(ctx: DemoContext): Promise<void> {
  const leads = ctx.get(LeadHandler);
  const agent = demoStaff('SH01', 'agent');
  const now = ctx.clock.now();
  await leads.record(
    {
      branch: 'SH01',
      company: '上海临港新能源科技有限公司',
      contact: { name: '钱进', phone: '13600004001' },
      source: 'exhibition',
      notes: 'battery packs to Guangzhou, trial next month',
    },
    agent,
    minutes(now, -3 * 24 * 60),
  );
  const promising = await leads.record(
    {
      branch: 'SH01',
      company: '湖北精细化工有限公司',
      contact: { name: '王芳', phone: '13800138000' },
      source: 'call',
      notes: 'about 40 t a month Shanghai–Wuhan with another carrier',
    },
    agent,
    minutes(now, -2 * 24 * 60),
  );
  await leads.promising(
    promising.leadId,
    'asked for a monthly contract price',
    agent,
    minutes(now, -24 * 60),
  );
  const won = await leads.record(
    {
      branch: 'SH01',
      company: '静安文具用品有限公司',
      contact: { name: '周洁', phone: '13600004003', email: 'zhou.jie@jingan-stationery.example' },
      source: 'referral',
      notes: 'referred by 申通电子',
    },
    agent,
    minutes(now, -10 * 24 * 60),
  );
  await leads.promising(won.leadId, 'trial shipment went well', agent, minutes(now, -7 * 24 * 60));
  await leads.convert(
    won.leadId,
    {
      addresses: [
        {
          label: 'warehouse',
          province: '上海市',
          city: '上海市',
          district: '静安区',
          street: '共和新路 1999 号',
          coordinates: { lat: 31.2839, lng: 121.4493 },
        },
      ],
      billingTerms: { kind: 'monthly', creditDays: 30 },
    },
    demoStaff('SH01', 'branch-manager'),
  );
}
