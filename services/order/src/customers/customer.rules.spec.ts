import { changeCustomer, companyKey, duplicatesOf, openCustomer } from './customer.rules';

const agent = { userId: 'u-1', username: 'agent' };
const now = new Date('2026-03-02T02:00:00Z');
const input = {
  branch: 'SH01',
  company: '华阳精细化工（上海）有限公司',
  contacts: [{ name: '李伟', phone: '13800001001' }],
  addresses: [],
  billingTerms: { kind: 'monthly' as const, creditDays: 30 },
};

describe('R1 customer file', () => {
  it('R1: the same company is recognised across full-width brackets, spaces and case', () => {
    expect(companyKey('华阳精细化工（上海）有限公司')).toBe(
      companyKey('华阳精细化工(上海) 有限公司'),
    );
    expect(companyKey('Pudong Parts Ltd.')).toBe(companyKey('pudong parts ltd'));
  });

  it('R1: a file may duplicate one of the same company in its branch, or one sharing a phone in any branch', () => {
    const fresh = {
      branch: 'SH01',
      companyKey: companyKey(input.company),
      phones: ['13800001001'],
    };
    const candidates = [
      {
        customerId: 'CUST-SH-0001',
        company: '华阳精细化工(上海)有限公司',
        companyKey: fresh.companyKey,
        branch: 'SH01',
        phones: ['13900000000'],
      },
      {
        customerId: 'CUST-GZ-0001',
        company: '华阳精细化工(上海)有限公司',
        companyKey: fresh.companyKey,
        branch: 'GZ01',
        phones: ['13700000000'],
      },
      {
        customerId: 'CUST-WH-0002',
        company: 'Other',
        companyKey: 'other',
        branch: 'WH01',
        phones: ['13800001001'],
      },
    ];
    expect(duplicatesOf(fresh, candidates)).toEqual([
      {
        customerId: 'CUST-SH-0001',
        company: '华阳精细化工(上海)有限公司',
        branch: 'SH01',
        reason: 'same-company',
      },
      { customerId: 'CUST-WH-0002', company: 'Other', branch: 'WH01', reason: 'same-phone' },
    ]);
  });

  it('R1: a change keeps the fields it touched as history, and the search columns follow the contacts', () => {
    const customer = openCustomer(input, 'CUST-SH-0009', [], agent, now);
    const { customer: changed, changes } = changeCustomer(
      customer,
      {
        contacts: [{ name: '王芳', phone: '13900139000' }],
        billingTerms: { kind: 'monthly', creditDays: 30 },
      },
      new Date('2026-03-03T00:00:00Z'),
    );
    expect(changes).toEqual([
      { field: 'contacts', from: input.contacts, to: [{ name: '王芳', phone: '13900139000' }] },
    ]);
    expect(changed).toMatchObject({ phones: ['13900139000'], contactNames: ['王芳'], version: 2 });
    expect(changeCustomer(customer, { company: input.company }, now).changes).toEqual([]);
  });
});
