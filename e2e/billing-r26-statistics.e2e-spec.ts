import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { waitFor } from '@freight/testing';
import {
  BillingWorld,
  complaintRegistered,
  delivered,
  exceptionRaised,
  orderPlaced,
  startBillingWorld,
  surveyAnswered,
} from './billing-world';

// R26 through the gateway: the month's operations statistics per branch and for the company,
// built only from the order, tracking and complaint services' events — as JSON, CSV, XLSX and a
// PDF report with charts for the general manager.

const saved = (bytes: Buffer, name: string) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'r26-')), name);
  writeFileSync(file, bytes);
  return file;
};

describe('R26 monthly operations statistics through the gateway', () => {
  let world: BillingWorld;
  const tag = Date.now().toString(36).toUpperCase();
  const line = (amountMinor: number) => [
    { code: 'freight', description: '运费', amountMinor, taxRate: 0.09 },
  ];
  // SH01: four shipments in March (one cancelled), one in February; GZ01: two in March
  const sh = [100_000, 200_000, 300_000, 400_000].map((amount, i) =>
    orderPlaced({
      customerId: `CUST-SH-${tag}`,
      placedAt: `2025-03-0${i + 2}T02:00:00Z`,
      lines: line(amount),
      paymentTerms: 'prepaid',
    }),
  );
  const february = orderPlaced({
    customerId: `CUST-SH-${tag}`,
    placedAt: '2025-02-20T02:00:00Z',
    lines: line(999_000),
  });
  const gz = [50_000, 70_000].map((amount) =>
    orderPlaced({
      customerId: `CUST-GZ-${tag}`,
      branch: 'GZ01',
      placedAt: '2025-03-10T02:00:00Z',
      lines: line(amount),
      paymentTerms: 'freight-collect',
    }),
  );

  beforeAll(async () => {
    world = await startBillingWorld({ start: '2025-04-02T02:00:00Z' });
    for (const order of [...sh, february, ...gz]) await world.publish('order.placed', order);
    await world.publish('order.cancelled', {
      orderId: sh[3].orderId,
      waybillNo: sh[3].waybillNo,
      branch: 'SH01',
      customerId: sh[3].customer.customerId,
      reason: 'customer postponed',
      cancelledAt: '2025-03-06T02:00:00Z',
      cancelledBy: { userId: 'u-1', username: 'agent' },
    });
    await world.publish(
      'tracking.shipment.status-changed',
      delivered(sh[0], '2025-03-04T02:00:00Z', true),
    );
    await world.publish(
      'tracking.shipment.status-changed',
      delivered(sh[1], '2025-03-06T02:00:00Z', true),
    );
    await world.publish(
      'tracking.shipment.status-changed',
      delivered(sh[2], '2025-03-09T02:00:00Z', false),
    );
    await world.publish(
      'tracking.shipment.status-changed',
      delivered(gz[0], '2025-03-12T02:00:00Z', true),
    );
    await world.publish(
      'tracking.exception.raised',
      exceptionRaised(sh[2], '2025-03-08T02:00:00Z'),
    );
    await world.publish(
      'complaint.complaint.registered',
      complaintRegistered(`CMP-${tag}-1`, 'SH01', '2025-03-09T03:00:00Z'),
    );
    await world.publish(
      'complaint.complaint.registered',
      complaintRegistered(`CMP-${tag}-2`, 'GZ01', '2025-02-27T03:00:00Z'),
    );
    await world.publish(
      'complaint.survey.answered',
      surveyAnswered(`SRV-${tag}-1`, 'SH01', 5, '2025-03-10T03:00:00Z'),
    );
    await world.publish(
      'complaint.survey.answered',
      surveyAnswered(`SRV-${tag}-2`, 'SH01', 2, '2025-03-11T03:00:00Z'),
    );
    await world.publish(
      'complaint.survey.answered',
      surveyAnswered(`SRV-${tag}-3`, 'GZ01', 4, '2025-03-12T03:00:00Z'),
    );
    await waitFor(
      async () => {
        const [row] = await world.billing.dataSource.query(
          `SELECT (SELECT count(*) FROM shipment WHERE cancelled_at IS NOT NULL)::int AS cancelled,
                  (SELECT count(*) FROM survey_fact)::int AS surveys,
                  (SELECT count(*) FROM complaint_fact)::int AS complaints,
                  (SELECT count(*) FROM shipment WHERE delivered_at IS NOT NULL)::int AS delivered,
                  (SELECT count(*) FROM exception_fact)::int AS exceptions`,
        );
        return (
          row.cancelled === 1 &&
          row.surveys === 3 &&
          row.complaints === 2 &&
          row.delivered === 4 &&
          row.exceptions === 1
        );
      },
      { description: 'the month’s events in billing', timeoutMs: 60_000 },
    );
  }, 240_000);

  afterAll(() => world?.stop());

  it('R26: volume, revenue, on-time, exception and complaint rates and satisfaction per branch and company', async () => {
    const answer = await world.as('general-manager')(
      'GET',
      '/api/v1/statistics/monthly?month=2025-03',
    );
    expect(answer.status).toBe(200);
    const shRow = answer.body.items.find((i: { branch: string }) => i.branch === 'SH01');
    expect(shRow).toMatchObject({
      shipments: 3, // the cancelled one and February's do not count
      revenue: { amountMinor: 600_000, currency: 'CNY' },
      delivered: 3,
      deliveredOnTime: 2,
      onTimeRate: 0.6667,
      withException: 1,
      exceptionRate: 0.3333,
      complaints: 1,
      complaintRate: 33.3333,
      surveys: 2,
      satisfaction: 3.5,
    });
    expect(answer.body.company).toMatchObject({
      shipments: 5,
      revenue: { amountMinor: 720_000 },
      delivered: 4,
      onTimeRate: 0.75,
      complaints: 1, // GZ01's complaint was registered in February
      surveys: 3,
      satisfaction: 3.67,
    });
  });

  it('R26: a branch manager sees their branch only, without the company figures', async () => {
    const answer = await world.as('branch-manager')(
      'GET',
      '/api/v1/statistics/monthly?month=2025-03',
    );
    expect(answer.body.items.map((i: { branch: string }) => i.branch)).toEqual(['SH01']);
    expect(answer.body.company).toBeNull();
    const agent = await world.as('agent')('GET', '/api/v1/statistics/monthly?month=2025-03');
    expect(agent.status).toBe(403);
  });

  it('R26: the same figures as CSV (Excel-ready, BOM) and XLSX', async () => {
    const gm = await world.token('general-manager');
    const csv = await fetch(
      `${world.gateway.url}/api/v1/statistics/monthly/export?month=2025-03&format=csv`,
      {
        headers: { authorization: `Bearer ${gm}` },
      },
    );
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = Buffer.from(await csv.arrayBuffer());
    expect(text.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = text.toString('utf8').slice(1).split('\n');
    expect(rows[0]).toContain('准时率');
    expect(rows.find((r) => r.startsWith('SH01,'))).toContain(',3,');
    const xlsx = await fetch(
      `${world.gateway.url}/api/v1/statistics/monthly/export?month=2025-03&format=xlsx`,
      {
        headers: { authorization: `Bearer ${gm}` },
      },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const company = sheet.getRow(sheet.rowCount);
    expect(company.getCell(1).value).toBe('全公司 Company');
    expect(company.getCell(2).value).toBe(5);
    expect(company.getCell(5).value).toBe(7_200);
  });

  it('R26: a report with charts for the general manager (PDF)', async () => {
    const gm = await world.token('general-manager');
    const report = await fetch(
      `${world.gateway.url}/api/v1/statistics/monthly/report.pdf?month=2025-03`,
      {
        headers: { authorization: `Bearer ${gm}` },
      },
    );
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toBe('application/pdf');
    const file = saved(Buffer.from(await report.arrayBuffer()), 'report.pdf');
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('月度运营统计');
    expect(text).toContain('准时率75.0%');
    expect(text).toContain('SH01');
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(images.length - 2).toBeGreaterThanOrEqual(3); // three charts (two header lines)
  });
});
