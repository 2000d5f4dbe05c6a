import { lanesFromCsv } from './rate-csv';

describe('R3 rate table CSV', () => {
  it('R3: one line per break, rates in yuan → lanes with breaks in fen', async () => {
    const { lanes, problems } = await lanesFromCsv(
      'origin,destination,basis,from,rate,lead_days,minimum_charge\nSH,WH,kg,0,1.20,2,50.00\nSH,WH,kg,500,0.95,,\nSH,WH,m3,0,260,2,50.00\n',
    );
    expect(problems).toEqual([]);
    expect(lanes).toEqual([
      {
        origin: 'SH',
        destination: 'WH',
        leadTimeDays: 2,
        minimumChargeMinor: 5_000,
        weightBreaks: [
          { fromKg: 0, perKgMinor: 120 },
          { fromKg: 500, perKgMinor: 95 },
        ],
        volumeBreaks: [{ fromM3: 0, perM3Minor: 26_000 }],
      },
    ]);
  });

  it('R3: each bad cell is named by line and column; a wrong header says what is expected', async () => {
    const { problems } = await lanesFromCsv(
      'origin,destination,basis,from,rate\nSH,WH,kg,-1,1.234\nsh,WH,ton,0,1.00',
    );
    expect(problems).toEqual([
      { field: 'csv.2.from', message: 'expected a number ≥ 0' },
      { field: 'csv.2.rate', message: 'expected yuan with at most 2 decimals, e.g. 1.20' },
      { field: 'csv.3.origin', message: 'expected a region code, e.g. SH' },
      { field: 'csv.3.basis', message: 'expected kg or m3' },
    ]);
    expect((await lanesFromCsv('from,to,price\nSH,WH,1')).problems).toEqual([
      {
        field: 'csv.1',
        message: expect.stringMatching(
          /^missing column\(s\) origin, destination, basis, rate; unknown column\(s\) to, price/,
        ),
      },
    ]);
  });
});
