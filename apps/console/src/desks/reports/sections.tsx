import { Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n';
import { formatMoney } from '../billing/money';
import { Chart } from './Chart';
import { Downloads, ReportProblem, ServerChart } from './ReportParts';
import type {
  BranchComplaintReport,
  ComplaintFinesView,
  ComplaintReportView,
  DailyVolumeView,
  OperationsFigures,
  StatisticsView,
  WarehouseFinesView,
} from './types';
import { useReport } from './use-report';

// The report sections the report pages are made of: each reads one gateway report for a month,
// draws its chart and offers its files.

const percent = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`;
const yuan = (minor: number) => formatMoney({ amountMinor: minor, currency: 'CNY' });
const number = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined ? '—' : v.toFixed(digits);

/** First and last day of a month: the daily volume report's range. */
export function daysOf(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** R26: volume, revenue, on-time, exceptions, complaints, satisfaction per branch and company. */
export function StatisticsSection({ month }: { month: string }) {
  const { t } = useI18n();
  const { data, error, loading } = useReport<StatisticsView>('statistics/monthly', { month });
  const rows: (OperationsFigures & { branch: string })[] = data
    ? [...data.items, ...(data.company ? [{ ...data.company, branch: t('reports.company') }] : [])]
    : [];
  const byBranch = (data?.items ?? []).map((b) => ({
    branch: b.branch,
    shipments: b.shipments,
    revenue: b.revenue.amountMinor / 100,
    onTime: b.onTimeRate === null ? null : b.onTimeRate * 100,
    exceptions: b.exceptionRate === null ? null : b.exceptionRate * 100,
    complaintRate: b.complaintRate,
  }));
  return (
    <section data-report="statistics">
      <Space style={{ marginBottom: 8 }} wrap>
        <Typography.Text strong>{t('reports.statistics')} (R26)</Typography.Text>
        <Downloads
          files={[
            {
              label: 'CSV',
              path: 'statistics/monthly/export',
              filename: `statistics-${month}.csv`,
              query: { month, format: 'csv' },
            },
            {
              label: 'XLSX',
              path: 'statistics/monthly/export',
              filename: `statistics-${month}.xlsx`,
              query: { month, format: 'xlsx' },
            },
            {
              label: t('reports.pdf'),
              path: 'statistics/monthly/report.pdf',
              filename: `statistics-${month}.pdf`,
              query: { month },
              open: true,
            },
          ]}
        />
      </Space>
      <ReportProblem problem={error} />
      {loading && <Spin />}
      {data && data.items.length === 0 && <Empty description={t('reports.empty')} />}
      {data && data.items.length > 0 && (
        <>
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
              gap: 16,
            }}
          >
            <Chart
              title={t('reports.chart.volumeRevenue')}
              data={byBranch}
              x="branch"
              series={[{ key: 'shipments', name: t('reports.shipments') }]}
            />
            <Chart
              title={t('reports.chart.revenue')}
              data={byBranch}
              x="branch"
              series={[{ key: 'revenue', name: t('reports.revenue') }]}
              format={(v) => `¥${v.toLocaleString('en-US')}`}
            />
            <Chart
              title={t('reports.chart.rates')}
              data={byBranch}
              x="branch"
              series={[
                { key: 'onTime', name: t('reports.onTimeRate') },
                { key: 'exceptions', name: t('reports.exceptionRate') },
              ]}
              format={(v) => `${v.toFixed(0)}%`}
            />
          </div>
          <Table
            size="small"
            rowKey="branch"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: t('reports.branch'), dataIndex: 'branch' },
              { title: t('reports.shipments'), dataIndex: 'shipments', align: 'right' },
              { title: t('reports.pieces'), dataIndex: 'pieces', align: 'right' },
              { title: t('reports.weightKg'), dataIndex: 'weightKg', align: 'right' },
              {
                title: t('reports.revenue'),
                key: 'revenue',
                align: 'right',
                render: (_, r) => formatMoney(r.revenue),
              },
              {
                title: t('reports.onTimeRate'),
                key: 'onTime',
                align: 'right',
                render: (_, r) => percent(r.onTimeRate),
              },
              {
                title: t('reports.exceptionRate'),
                key: 'exc',
                align: 'right',
                render: (_, r) => percent(r.exceptionRate),
              },
              {
                title: t('reports.complaintRate'),
                key: 'cr',
                align: 'right',
                render: (_, r) => number(r.complaintRate, 2),
              },
              {
                title: t('reports.satisfaction'),
                key: 'sat',
                align: 'right',
                render: (_, r) => number(r.satisfaction, 2),
              },
            ]}
          />
        </>
      )}
    </section>
  );
}

/** R7: shipments, pieces, weight and revenue per day of the month. */
export function DailyVolumeSection({ month }: { month: string }) {
  const { t } = useI18n();
  const range = daysOf(month);
  const { data, error, loading } = useReport<DailyVolumeView>('reports/daily-volume', {
    ...range,
    groupBy: 'branch',
  });
  const perDay = new Map<string, { date: string; shipments: number; revenue: number }>();
  for (const row of data?.items ?? []) {
    const day = perDay.get(row.date) ?? { date: row.date.slice(5), shipments: 0, revenue: 0 };
    day.shipments += row.shipments;
    day.revenue += row.revenue.amountMinor / 100;
    perDay.set(row.date, day);
  }
  const days = [...perDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, d]) => d);
  return (
    <section data-report="daily-volume">
      <Space style={{ marginBottom: 8 }} wrap>
        <Typography.Text strong>{t('reports.volume')} (R7)</Typography.Text>
        <Downloads
          files={[
            {
              label: 'CSV',
              path: 'reports/daily-volume.csv',
              filename: `daily-volume-${month}.csv`,
              query: range,
            },
            {
              label: 'XLSX',
              path: 'reports/daily-volume.xlsx',
              filename: `daily-volume-${month}.xlsx`,
              query: range,
            },
          ]}
        />
      </Space>
      <ReportProblem problem={error} />
      {loading && <Spin />}
      {data && (
        <>
          <Typography.Paragraph type="secondary">
            {t('reports.volume.totals', {
              shipments: data.totals.shipments,
              pieces: data.totals.pieces,
              weight: data.totals.weightKg,
              revenue: formatMoney(data.totals.revenue),
            })}
          </Typography.Paragraph>
          {days.length === 0 ? (
            <Empty description={t('reports.empty')} />
          ) : (
            <Chart
              title={t('reports.chart.daily')}
              data={days}
              x="date"
              kind="line"
              series={[{ key: 'shipments', name: t('reports.shipments') }]}
            />
          )}
          <Table
            size="small"
            rowKey={(r) => `${r.date}:${r.branch}`}
            pagination={{ pageSize: 31, hideOnSinglePage: true }}
            dataSource={data.items}
            columns={[
              { title: t('reports.date'), dataIndex: 'date' },
              { title: t('reports.branch'), dataIndex: 'branch' },
              { title: t('reports.shipments'), dataIndex: 'shipments', align: 'right' },
              { title: t('reports.pieces'), dataIndex: 'pieces', align: 'right' },
              { title: t('reports.weightKg'), dataIndex: 'weightKg', align: 'right' },
              { title: t('reports.volumeM3'), dataIndex: 'volumeM3', align: 'right' },
              {
                title: t('reports.revenue'),
                key: 'rev',
                align: 'right',
                render: (_, r) => formatMoney(r.revenue),
              },
            ]}
          />
        </>
      )}
    </section>
  );
}

/** R20: each branch's month of complaints — the service's own chart and the figures. */
export function ComplaintsSection({ month }: { month: string }) {
  const { t } = useI18n();
  const { data, error, loading } = useReport<ComplaintReportView>('reports/complaints', {
    month,
  });
  const many = (data?.items.length ?? 0) > 1;
  return (
    <section data-report="complaints">
      <Space style={{ marginBottom: 8 }} wrap>
        <Typography.Text strong>{t('reports.complaints')} (R20)</Typography.Text>
        <Downloads
          files={[
            {
              label: 'CSV',
              path: 'reports/complaints',
              filename: `complaints-${month}.csv`,
              query: { month, format: 'csv' },
            },
            {
              label: 'XLSX',
              path: 'reports/complaints',
              filename: `complaints-${month}.xlsx`,
              query: { month, format: 'xlsx' },
            },
          ]}
        />
      </Space>
      <ReportProblem problem={error} />
      {loading && <Spin />}
      {data && data.items.length === 0 && <Empty description={t('reports.empty')} />}
      {data && many && (
        <Chart
          title={t('reports.chart.complaintsByBranch')}
          data={data.items.map((b) => ({
            branch: b.branch,
            total: b.complaints.total,
            open: b.complaints.open,
            withinDeadline: b.firstReply.withinDeadline,
          }))}
          x="branch"
          series={[
            { key: 'total', name: t('reports.complaints.total') },
            { key: 'open', name: t('reports.complaints.open') },
            { key: 'withinDeadline', name: t('reports.complaints.withinDeadline') },
          ]}
        />
      )}
      {data?.items.map((b) => (
        <BranchComplaints key={b.branch} month={month} report={b} withChart={!many} />
      ))}
    </section>
  );
}

function BranchComplaints({
  month,
  report,
  withChart,
}: {
  month: string;
  report: BranchComplaintReport;
  withChart: boolean;
}) {
  const { t } = useI18n();
  return (
    <div data-branch={report.branch} style={{ marginBottom: 12 }}>
      <Typography.Paragraph>
        <Tag>{report.branch}</Tag>
        {t('reports.complaints.summary', {
          total: report.complaints.total,
          open: report.complaints.open,
          onCall: report.complaints.solvedOnCall,
          share: percent(report.firstReply.withinDeadlineShare),
          fines: formatMoney(report.fines.amount),
          satisfaction: number(report.satisfaction.average, 2),
        })}
      </Typography.Paragraph>
      {withChart && (
        <ServerChart
          path="reports/complaints/chart"
          query={{ month, branch: report.branch, format: 'svg' }}
          title={t('reports.chart.complaintsOf', { branch: report.branch })}
        />
      )}
    </div>
  );
}

/** R21 complaint fines and R38 warehouse assessment fines of the month. */
export function FinesSection({ month }: { month: string }) {
  const { t } = useI18n();
  const complaint = useReport<ComplaintFinesView>('fines', { month });
  const warehouse = useReport<WarehouseFinesView>('warehouse-fines', { month });
  const totals = new Map<string, { branch: string; complaint: number; warehouse: number }>();
  const at = (branch: string) => {
    const row = totals.get(branch) ?? { branch, complaint: 0, warehouse: 0 };
    totals.set(branch, row);
    return row;
  };
  for (const total of complaint.data?.totals ?? [])
    at(total.branch).complaint += total.amount.amountMinor / 100;
  for (const person of warehouse.data?.items ?? [])
    at(person.branch).warehouse += person.totalMinor / 100;
  const warehouseLines = (warehouse.data?.items ?? []).flatMap((p) =>
    p.lines.map((l) => ({ ...l, person: p.person.username, branch: p.branch })),
  );
  return (
    <section data-report="fines">
      {totals.size > 0 && (
        <Chart
          title={t('reports.chart.fines')}
          data={[...totals.values()]}
          x="branch"
          series={[
            { key: 'complaint', name: t('reports.fines.complaint') },
            { key: 'warehouse', name: t('reports.fines.warehouse') },
          ]}
          format={(v) => `¥${v.toLocaleString('en-US')}`}
        />
      )}
      <Typography.Title level={5}>{t('reports.fines.complaint')} (R21)</Typography.Title>
      <ReportProblem problem={complaint.error} />
      {complaint.loading && <Spin />}
      {complaint.data?.reviewFlags.map((f) => (
        <Typography.Paragraph key={`${f.branch}:${f.username}:${f.reason}`} type="danger">
          {f.branch} · {f.username}: {f.explanation}
        </Typography.Paragraph>
      ))}
      {complaint.data && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={complaint.data.items}
          locale={{ emptyText: t('reports.empty') }}
          columns={[
            { title: t('reports.branch'), dataIndex: 'branch' },
            {
              title: t('reports.person'),
              key: 'p',
              render: (_, l) => `${l.person.username ?? '—'} (${l.person.role})`,
            },
            { title: t('reports.fines.complaintId'), dataIndex: 'complaintId' },
            { title: t('reports.fines.explanation'), dataIndex: 'explanation' },
            {
              title: t('reports.amount'),
              key: 'a',
              align: 'right',
              render: (_, l) => formatMoney(l.amount),
            },
            {
              title: t('reports.state'),
              key: 's',
              render: (_, l) => (
                <Tag color={l.state === 'issued' ? 'red' : 'default'}>
                  {t(`reports.fineState.${l.state}`)}
                </Tag>
              ),
            },
          ]}
        />
      )}
      <Space style={{ margin: '16px 0 8px' }} wrap>
        <Typography.Text strong>{t('reports.fines.warehouse')} (R38)</Typography.Text>
        <Downloads
          files={[
            {
              label: 'CSV',
              path: 'warehouse-fines/sheet',
              filename: `warehouse-fines-${month}.csv`,
              query: { month, format: 'csv' },
            },
            {
              label: 'XLSX',
              path: 'warehouse-fines/sheet',
              filename: `warehouse-fines-${month}.xlsx`,
              query: { month, format: 'xlsx' },
            },
          ]}
        />
      </Space>
      <ReportProblem problem={warehouse.error} />
      {warehouse.loading && <Spin />}
      {warehouse.data && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={warehouseLines}
          locale={{ emptyText: t('reports.empty') }}
          columns={[
            { title: t('reports.branch'), dataIndex: 'branch' },
            { title: t('reports.person'), dataIndex: 'person' },
            { title: t('reports.fines.clause'), dataIndex: 'clause' },
            { title: t('reports.fines.explanation'), dataIndex: 'explanation' },
            {
              title: t('reports.amount'),
              key: 'a',
              align: 'right',
              render: (_, l) => yuan(l.amountMinor),
            },
          ]}
        />
      )}
    </section>
  );
}
