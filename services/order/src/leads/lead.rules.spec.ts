import { customerFromLead, leadHistoryLines, markPromising, recordLead } from './lead.rules';

const agent = { userId: 'u-1', username: 'agent' };
const now = new Date('2026-03-02T02:00:00Z');
const lead = () =>
  recordLead(
    {
      branch: 'SH01',
      company: '湖北精细化工',
      contact: { name: '王芳', phone: '13800138000' },
      source: 'call',
      notes: '40 t a month',
    },
    'LEAD-SH-0001',
    agent,
    now,
  );

describe('R9 leads', () => {
  it('R9: promising alerts the department (branch) manager and the general manager at once, once', () => {
    const { lead: promising, alert } = markPromising(
      lead(),
      'asked for a contract price',
      agent,
      now,
    );
    expect(promising).toMatchObject({
      status: 'promising',
      promising: { reason: 'asked for a contract price' },
    });
    expect(alert).toMatchObject({
      type: 'order.alert.raised',
      data: {
        rule: 'R9',
        kind: 'lead-promising',
        roles: ['branch-manager', 'general-manager'],
        subject: { type: 'lead', id: 'LEAD-SH-0001', branch: 'SH01' },
      },
    });
    expect(() => markPromising(promising, 'again', agent, now)).toThrow(/already|was reported/);
  });

  it('R9: the customer it becomes keeps the lead’s story as history', () => {
    const promising = markPromising(lead(), 'trial went well', agent, now).lead;
    expect(
      customerFromLead(promising, { addresses: [], billingTerms: { kind: 'cash', creditDays: 0 } }),
    ).toMatchObject({
      branch: 'SH01',
      company: '湖北精细化工',
      contacts: [{ name: '王芳', phone: '13800138000' }],
    });
    expect(leadHistoryLines(promising).map((l) => l.field)).toEqual([
      'lead.recorded',
      'lead.promising',
    ]);
  });
});
