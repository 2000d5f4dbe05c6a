// Money as the API carries it (integer fen) and as people read and type it (yuan).

const yuan = new Intl.NumberFormat('zh-CN', {
  style: 'currency',
  currency: 'CNY',
  minimumFractionDigits: 2,
});

/** 123456 fen → `¥1,234.56` */
export const formatFen = (fen: number | undefined | null): string =>
  fen === undefined || fen === null ? '—' : yuan.format(fen / 100);

/** 12.5 (yuan, as typed) → 1250 fen; nothing typed stays undefined (the API decides). */
export const fenOf = (yuanTyped: number | null | undefined): number | undefined =>
  yuanTyped === undefined || yuanTyped === null ? undefined : Math.round(yuanTyped * 100);

/** `SH → WH` */
export const laneText = (lane: { origin: string; destination: string }) =>
  `${lane.origin} → ${lane.destination}`;

/** 0.09 → `9%` */
export const rateText = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
