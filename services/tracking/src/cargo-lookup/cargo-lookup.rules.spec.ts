import { CandidateFacts, rankCandidates, scoreCandidate } from './cargo-lookup.rules';

const paint: CandidateFacts = {
  waybillNo: 'SH0000000422',
  shipDate: '2025-03-12',
  originPlaces: ['SH', '上海市', '浦东新区'],
  destinationPlaces: ['WH', '湖北省', '武汉市', '江汉区'],
  packaging: 'drums',
  features: '涂料 (paint) · drums · flammable: keep away from heat',
  consigneePhone: '13900139000',
  pieces: 12,
};
const parts: CandidateFacts = {
  ...paint,
  waybillNo: 'SH0000000018',
  shipDate: '2025-03-10',
  packaging: 'crates',
  features: '机械零件 machine parts',
  consigneePhone: '13700003001',
  pieces: 40,
};

describe('R12 cargo lookup from what the caller knows', () => {
  it('R12: every fact that fits adds to the score, and says which fitted', () => {
    expect(
      scoreCandidate(
        {
          shipDateFrom: '2025-03-12',
          shipDateTo: '2025-03-12',
          destination: '武汉',
          packaging: 'drum',
          features: 'paint',
          pieces: 12,
        },
        paint,
      ),
    ).toEqual({
      score: 15 + 10 + 8 + 6 + 8,
      matched: ['ship-date', 'destination', 'packaging', 'features', 'pieces'],
    });
  });

  it('R12: part of the waybill number or the last digits of the consignee phone narrow it down', () => {
    expect(scoreCandidate({ waybillNo: '0422' }, paint).matched).toEqual(['waybill']);
    expect(scoreCandidate({ consigneePhone: '9000' }, paint)).toEqual({
      score: 25,
      matched: ['consignee-phone'],
    });
    expect(scoreCandidate({ consigneePhone: '9001' }, paint).score).toBe(0);
  });

  it('R12: a ship date a day off still counts a little (callers misremember)', () => {
    expect(
      scoreCandidate({ shipDateFrom: '2025-03-13', shipDateTo: '2025-03-14' }, paint).score,
    ).toBe(5);
    expect(scoreCandidate({ shipDateFrom: '2025-03-15' }, paint).score).toBe(0);
  });

  it('R12: with a shortage the caller counts about as many pieces as were shipped', () => {
    expect(scoreCandidate({ pieces: 11 }, paint)).toEqual({ score: 3, matched: ['pieces'] });
  });

  it('R12: candidates come best first; ones that fit nothing are left out', () => {
    const ranked = rankCandidates({ origin: '上海', packaging: 'drums' }, [parts, paint], 10);
    expect(ranked.map((r) => r.candidate.waybillNo)).toEqual(['SH0000000422', 'SH0000000018']);
    expect(rankCandidates({ packaging: 'bales' }, [parts, paint], 10)).toEqual([]);
  });
});
