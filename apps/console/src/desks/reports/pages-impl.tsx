import { Card, Empty, Space, Spin, Table, Tabs, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useAuth } from '../../auth/auth';
import { useI18n } from '../../i18n/i18n';
import { lastMonth, todayInChina } from '../billing/money';
import { Chart } from './Chart';
import { DayPicker, Downloads, MonthPicker, ReportProblem } from './ReportParts';
import { ComplaintsSection, DailyVolumeSection, FinesSection, StatisticsSection } from './sections';
import type { AgentDayView } from './types';
import { useReport } from './use-report';

// The reports desk's pages (lazy, with recharts in their chunk): each a month (or a day) and the
// sections of the reports the role reads.

function ReportCard({
  page,
  title,
  picker,
  children,
}: {
  page: string;
  title: string;
  picker: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      data-page={page}
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{title}</h1>}
      extra={picker}
    >
      {children}
    </Card>
  );
}

/** my-day (R10): the agent's day — calls, inquiries, quotes, orders, complaints; CSV. */
export function MyDayPage() {
  const { t } = useI18n();
  const { principal } = useAuth();
  const [date, setDate] = useState(() => todayInChina());
  const { data, error, loading } = useReport<AgentDayView>('reports/agent-day', { date });
  const mine = data?.items.find((r) => r.agent === principal?.username);
  const rows = data?.items ?? [];
  return (
    <ReportCard
      page="my-day"
      title={t('reports.myDay.title')}
      picker={
        <Space>
          <DayPicker value={date} onChange={setDate} />
          <Downloads
            files={[
              {
                label: 'CSV',
                path: 'reports/agent-day',
                filename: `agent-day-${date}.csv`,
                query: { date, format: 'csv' },
              },
            ]}
          />
        </Space>
      }
    >
      <ReportProblem problem={error} />
      {loading && <Spin />}
      {data && rows.length === 0 && <Empty description={t('reports.empty')} />}
      {mine && (
        <Typography.Paragraph data-my-day={mine.agent}>
          {t('reports.myDay.summary', {
            calls: mine.calls,
            inquiries: mine.inquiries,
            quotes: mine.quotes,
            orders: mine.orders,
            complaints: mine.complaints,
          })}
        </Typography.Paragraph>
      )}
      {rows.length > 0 && (
        <>
          <Chart
            title={t('reports.chart.agentDay')}
            data={rows}
            x="agent"
            series={[
              { key: 'calls', name: t('reports.calls') },
              { key: 'inquiries', name: t('reports.inquiries') },
              { key: 'quotes', name: t('reports.quotes') },
              { key: 'orders', name: t('reports.orders') },
              { key: 'complaints', name: t('reports.complaints') },
            ]}
          />
          <Table
            size="small"
            rowKey={(r) => `${r.branch}:${r.agent}`}
            pagination={false}
            dataSource={rows}
            columns={[
              { title: t('reports.branch'), dataIndex: 'branch' },
              { title: t('reports.agent'), dataIndex: 'agent' },
              { title: t('reports.calls'), dataIndex: 'calls', align: 'right' },
              {
                title: t('reports.callsByKind'),
                key: 'kinds',
                render: (_, r) =>
                  Object.entries(r.callsByKind)
                    .map(([kind, n]) => `${kind} ${n}`)
                    .join(' · ') || '—',
              },
              { title: t('reports.inquiries'), dataIndex: 'inquiries', align: 'right' },
              { title: t('reports.quotes'), dataIndex: 'quotes', align: 'right' },
              { title: t('reports.orders'), dataIndex: 'orders', align: 'right' },
              { title: t('reports.complaints'), dataIndex: 'complaints', align: 'right' },
            ]}
          />
        </>
      )}
    </ReportCard>
  );
}

/** monthly-reports (branch manager): R7 daily volume, R20 complaints, R21/R38 fines, R26. */
export function MonthlyReportsPage() {
  const { t } = useI18n();
  const [month, setMonth] = useState(() => lastMonth());
  return (
    <ReportCard
      page="monthly-reports"
      title={t('reports.monthly.title')}
      picker={<MonthPicker value={month} onChange={setMonth} />}
    >
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'volume',
            label: t('reports.volume'),
            children: <DailyVolumeSection month={month} />,
          },
          {
            key: 'complaints',
            label: t('reports.complaints'),
            children: <ComplaintsSection month={month} />,
          },
          { key: 'fines', label: t('reports.fines'), children: <FinesSection month={month} /> },
          {
            key: 'statistics',
            label: t('reports.statistics'),
            children: <StatisticsSection month={month} />,
          },
        ]}
      />
    </ReportCard>
  );
}

/** fines: the month's complaint fines (R21) and warehouse assessment fines (R38). */
export function FinesPage() {
  const { t } = useI18n();
  const [month, setMonth] = useState(() => lastMonth());
  return (
    <ReportCard
      page="fines"
      title={t('reports.fines.title')}
      picker={<MonthPicker value={month} onChange={setMonth} />}
    >
      <FinesSection month={month} />
    </ReportCard>
  );
}

/** monthly-statistics (general manager, R26): the month's operations statistics with charts. */
export function MonthlyStatisticsPage() {
  const { t } = useI18n();
  const [month, setMonth] = useState(() => lastMonth());
  return (
    <ReportCard
      page="monthly-statistics"
      title={t('reports.statistics.title')}
      picker={<MonthPicker value={month} onChange={setMonth} />}
    >
      <StatisticsSection month={month} />
    </ReportCard>
  );
}

/** all-branches (HQ): the month's statistics, complaints and volume of every branch side by side. */
export function AllBranchesPage() {
  const { t } = useI18n();
  const [month, setMonth] = useState(() => lastMonth());
  return (
    <ReportCard
      page="all-branches"
      title={t('reports.allBranches.title')}
      picker={<MonthPicker value={month} onChange={setMonth} />}
    >
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'statistics',
            label: t('reports.statistics'),
            children: <StatisticsSection month={month} />,
          },
          {
            key: 'complaints',
            label: t('reports.complaints'),
            children: <ComplaintsSection month={month} />,
          },
          {
            key: 'volume',
            label: t('reports.volume'),
            children: <DailyVolumeSection month={month} />,
          },
        ]}
      />
    </ReportCard>
  );
}
