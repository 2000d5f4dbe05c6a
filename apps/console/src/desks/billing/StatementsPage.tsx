import { Button, Card, Drawer, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { usePagedList } from '../../admin/use-paged-list';
import { useAuth } from '../../auth/auth';
import { useI18n } from '../../i18n/i18n';
import { formatMoney } from './money';
import { StatementDetail } from './StatementDetail';
import { STATEMENT_STATUSES, type StatementStatus, type StatementSummary } from './types';

export const STATUS_COLOR: Record<StatementStatus, string> = {
  draft: 'orange',
  checked: 'blue',
  sent: 'purple',
  invoiced: 'green',
};

/** What a role works on first: the documents desk the drafts, agents the checked ones to send. */
function firstStatusFor(role: string | undefined): StatementStatus | undefined {
  if (role === 'documents-clerk' || role === 'branch-manager') return 'draft';
  if (role === 'agent' || role === 'hq-service') return 'checked';
  return undefined;
}

/**
 * statements-to-check (R24): the month's statements by status — the documents desk's drafts
 * first — and one statement's lines to check against the PODs, send, answer and settle.
 */
export function StatementsPage() {
  const { t } = useI18n();
  const { principal } = useAuth();
  const [status, setStatus] = useState<StatementStatus | undefined>(() =>
    firstStatusFor(principal?.role),
  );
  const [period, setPeriod] = useState<string>();
  const [open, setOpen] = useState<string>();
  const list = usePagedList<StatementSummary>('statements', {
    status,
    period: period && /^\d{4}-\d{2}$/.test(period) ? period : undefined,
    limit: 50,
  });

  return (
    <Card
      size="small"
      data-page="statements-to-check"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('billing.statements.title')}</h1>}
      extra={
        <Space>
          <Select
            allowClear
            size="small"
            style={{ width: 140 }}
            aria-label={t('billing.status')}
            placeholder={t('billing.status')}
            value={status}
            onChange={setStatus}
            options={STATEMENT_STATUSES.map((s) => ({
              value: s,
              label: t(`billing.status.${s}`),
            }))}
          />
          <Input
            size="small"
            style={{ width: 120 }}
            aria-label={t('billing.period')}
            placeholder="YYYY-MM"
            allowClear
            value={period}
            onChange={(e) => setPeriod(e.target.value || undefined)}
          />
        </Space>
      }
    >
      <Table<StatementSummary>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        onRow={(s) => ({ onClick: () => setOpen(s.id), 'data-statement': s.customer.customerId })}
        columns={[
          {
            title: t('billing.customer'),
            key: 'customer',
            render: (_, s) => (
              <Button type="link" size="small" onClick={() => setOpen(s.id)}>
                {s.customer.name} ({s.customer.customerId})
              </Button>
            ),
          },
          { title: t('billing.branch'), dataIndex: 'branch' },
          { title: t('billing.period'), dataIndex: 'period' },
          {
            title: t('billing.status'),
            dataIndex: 'status',
            render: (s: StatementStatus) => (
              <Tag color={STATUS_COLOR[s]}>{t(`billing.status.${s}`)}</Tag>
            ),
          },
          { title: t('billing.lines'), dataIndex: 'lineCount' },
          {
            title: t('billing.total'),
            key: 'total',
            align: 'right',
            render: (_, s) => formatMoney(s.total),
          },
          {
            title: t('billing.disputed'),
            dataIndex: 'disputedLines',
            render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : '—'),
          },
          {
            title: t('billing.invoice'),
            key: 'invoice',
            render: (_, s) => s.invoice?.invoiceNo ?? '—',
          },
        ]}
      />
      {list.error && <div role="alert">{list.error.detail ?? list.error.title}</div>}
      {list.hasMore && (
        <Button style={{ marginTop: 8 }} onClick={list.loadMore} loading={list.loading}>
          {t('list.more')}
        </Button>
      )}
      <Drawer
        open={!!open}
        title={t('billing.statement')}
        onClose={() => {
          setOpen(undefined);
          list.reload();
        }}
        destroyOnHidden
        size={960}
      >
        {open && <StatementDetail id={open} />}
      </Drawer>
    </Card>
  );
}
