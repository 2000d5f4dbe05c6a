import { chartPng, createPdf, mm, pdfBytes, tableFile, VegaLiteSpec } from '@freight/documents';
import { yuan } from '../shared/money.rules';
import type { StatisticsView } from './statistics.queries';

type Figures = NonNullable<StatisticsView['company']>;
type Trend = { month: string; figures: Figures }[];

// R26: the general manager's monthly report — a page to look at: the company's figures at the
// top, charts by branch and of the last six months, then the table. The CSV/XLSX carry the
// same rows for whoever wants to work with them.

const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

const COLUMNS = [
  { key: 'branch', header: '网点 Branch' },
  { key: 'shipments', header: '货量(票) Shipments' },
  { key: 'pieces', header: '件数 Pieces' },
  { key: 'weightKg', header: '重量(kg) Weight' },
  { key: 'revenue', header: '收入(元,不含税) Revenue', numFmt: '#,##0.00' },
  { key: 'onTimeRate', header: '准时率 On-time', numFmt: '0.0%' },
  { key: 'exceptionRate', header: '异常率 Exceptions', numFmt: '0.0%' },
  { key: 'complaints', header: '投诉 Complaints' },
  { key: 'complaintRate', header: '投诉/百票 per 100' },
  { key: 'satisfaction', header: '满意度(1–5) Satisfaction' },
] as const;

type Row = Record<(typeof COLUMNS)[number]['key'], string | number | null>;

function rowsOf(view: StatisticsView): Row[] {
  const row = (branch: string, f: Figures): Row => ({
    branch,
    shipments: f.shipments,
    pieces: f.pieces,
    weightKg: f.weightKg,
    revenue: f.revenue.amountMinor / 100,
    onTimeRate: f.onTimeRate,
    exceptionRate: f.exceptionRate,
    complaints: f.complaints,
    complaintRate: f.complaintRate,
    satisfaction: f.satisfaction,
  });
  return [
    ...view.items.map((i) => row(i.branch, i)),
    ...(view.company ? [row('全公司 Company', view.company)] : []),
  ];
}

export const statisticsFile = (view: StatisticsView, format: 'csv' | 'xlsx') =>
  tableFile(rowsOf(view), [...COLUMNS], format, `operations-${view.month}`);

const byBranchSpec = (view: StatisticsView): VegaLiteSpec => ({
  title: '各网点货量与准时率 Shipments and on-time rate by branch',
  width: 360,
  height: 200,
  data: {
    values: view.items.map((i) => ({
      branch: i.branch,
      shipments: i.shipments,
      onTime: i.onTimeRate ?? 0,
    })),
  },
  encoding: { x: { field: 'branch', type: 'nominal', title: null } },
  layer: [
    {
      mark: { type: 'bar', color: '#4c78a8' },
      encoding: { y: { field: 'shipments', type: 'quantitative', title: '货量 shipments' } },
    },
    {
      mark: { type: 'line', point: true, color: '#e45756' },
      encoding: {
        y: {
          field: 'onTime',
          type: 'quantitative',
          title: '准时率 on time',
          axis: { format: '%' },
          scale: { domain: [0, 1] },
        },
      },
    },
  ],
  resolve: { scale: { y: 'independent' } },
});

const ratesSpec = (view: StatisticsView): VegaLiteSpec => ({
  title: '异常率与投诉率 Exception and complaint rates',
  width: 360,
  height: 200,
  data: {
    values: view.items.flatMap((i) => [
      { branch: i.branch, measure: '异常率 exceptions', rate: i.exceptionRate ?? 0 },
      { branch: i.branch, measure: '投诉率 complaints', rate: (i.complaintRate ?? 0) / 100 },
    ]),
  },
  mark: 'bar',
  encoding: {
    x: { field: 'branch', type: 'nominal', title: null },
    xOffset: { field: 'measure' },
    y: { field: 'rate', type: 'quantitative', title: null, axis: { format: '%' } },
    color: { field: 'measure', type: 'nominal', title: null },
  },
});

const trendSpec = (trend: Trend): VegaLiteSpec => ({
  title: '近六个月 Last six months (company)',
  width: 760,
  height: 180,
  data: {
    values: trend.map((t) => ({
      month: t.month,
      shipments: t.figures.shipments,
      satisfaction: t.figures.satisfaction ?? null,
    })),
  },
  encoding: { x: { field: 'month', type: 'ordinal', title: null } },
  layer: [
    {
      mark: { type: 'bar', color: '#72b7b2' },
      encoding: { y: { field: 'shipments', type: 'quantitative', title: '货量 shipments' } },
    },
    {
      mark: { type: 'line', point: true, color: '#f58518' },
      encoding: {
        y: {
          field: 'satisfaction',
          type: 'quantitative',
          title: '满意度 satisfaction',
          scale: { domain: [1, 5] },
        },
      },
    },
  ],
  resolve: { scale: { y: 'independent' } },
});

export async function statisticsPdf(view: StatisticsView, trend: Trend): Promise<Buffer> {
  const [byBranch, rates, months] = await Promise.all([
    chartPng(byBranchSpec(view), 900),
    chartPng(ratesSpec(view), 900),
    chartPng(trendSpec(trend), 1600),
  ]);
  const doc = createPdf({ size: 'A4', layout: 'landscape', margin: mm(12) });
  const company = view.company ?? trend[trend.length - 1]?.figures;
  doc
    .fontSize(18)
    .text(`月度运营统计 Monthly operations statistics ${view.month}`, { align: 'center' });
  doc.moveDown(0.4).fontSize(11);
  if (company)
    doc.text(
      [
        `货量 ${company.shipments} 票`,
        `收入 ¥${yuan(company.revenue.amountMinor)}`,
        `准时率 ${pct(company.onTimeRate)}`,
        `异常率 ${pct(company.exceptionRate)}`,
        `投诉 ${company.complaints} 起 (${company.complaintRate ?? '—'}/百票)`,
        `满意度 ${company.satisfaction ?? '—'}/5`,
      ].join('    '),
      { align: 'center' },
    );
  const top = doc.y + 8;
  const half = (doc.page.width - doc.page.margins.left - doc.page.margins.right) / 2 - 6;
  doc.image(byBranch, doc.page.margins.left, top, { width: half });
  doc.image(rates, doc.page.margins.left + half + 12, top, { width: half });
  doc.image(months, doc.page.margins.left, top + half * 0.62, { width: half * 2 });
  doc.addPage({ size: 'A4', layout: 'landscape', margin: mm(12) });
  doc.fontSize(14).text(`明细 Figures by branch ${view.month}`);
  doc.moveDown(0.5).fontSize(9);
  for (const row of rowsOf(view))
    doc.text(
      `${row.branch}: 货量 ${row.shipments} · 件数 ${row.pieces} · ${row.weightKg} kg · 收入 ¥${yuan(Math.round(Number(row.revenue) * 100))} · 准时率 ${pct(row.onTimeRate as number | null)} · 异常率 ${pct(row.exceptionRate as number | null)} · 投诉 ${row.complaints} (${row.complaintRate ?? '—'}/百票) · 满意度 ${row.satisfaction ?? '—'}`,
    );
  return pdfBytes(doc);
}
