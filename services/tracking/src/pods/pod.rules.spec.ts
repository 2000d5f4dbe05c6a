import {
  batchIdOf,
  chaseDueAt,
  checkExpected,
  monthEnd,
  monthOf,
  returnDone,
  sortIntoBatches,
} from './pod.rules';

describe('R14 return receipts', () => {
  it('R14: a POD belongs to the month it came back in, in Shanghai', () => {
    expect(monthOf(new Date('2025-03-31T15:59:59Z'))).toBe('2025-03');
    expect(monthOf(new Date('2025-03-31T16:00:00Z'))).toBe('2025-04');
    expect(monthEnd('2025-03').toISOString()).toBe('2025-03-31T16:00:00.000Z');
  });

  it('R14: a missing POD is chased the configured days after delivery', () => {
    expect(chaseDueAt(new Date('2025-03-14T07:12:00Z'), 7).toISOString()).toBe(
      '2025-03-21T07:12:00.000Z',
    );
  });

  it('R14: each month the PODs are sorted by customer; kept for those who do not want them', () => {
    const pods = [
      { waybillNo: 'SH0000000034', customerId: 'CUST-SH-0002', customerCompany: 'B' },
      { waybillNo: 'SH0000000026', customerId: 'CUST-SH-0001', customerCompany: 'A' },
      { waybillNo: 'SH0000000018', customerId: 'CUST-SH-0002', customerCompany: 'B' },
    ];
    expect(sortIntoBatches(pods, (customer) => customer === 'CUST-SH-0002')).toEqual([
      {
        customerId: 'CUST-SH-0001',
        customerCompany: 'A',
        disposition: 'return',
        waybillNos: ['SH0000000026'],
      },
      {
        customerId: 'CUST-SH-0002',
        customerCompany: 'B',
        disposition: 'keep',
        waybillNos: ['SH0000000018', 'SH0000000034'],
      },
    ]);
    expect(batchIdOf('SH01', '2025-03', 'CUST-SH-0001', 1)).toBe('PRB-SH01-2025-03-CUST-SH-0001-1');
  });

  it('R14: only an expected POD can arrive or be chased', () => {
    expect(() => checkExpected('SH0000000422', 'expected')).not.toThrow();
    expect(() => checkExpected('SH0000000422', 'received')).toThrow('is received, not expected');
  });

  it('R39: the monthly return is done when all is sorted and sent', () => {
    expect(returnDone(0, 0)).toBe(true);
    expect(returnDone(1, 0)).toBe(false);
    expect(returnDone(0, 2)).toBe(false);
  });
});
