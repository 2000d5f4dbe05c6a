import {
  App,
  Button,
  Card,
  Drawer,
  Input,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { usePagedList } from '../../admin/use-paged-list';
import { useAuth } from '../../auth/auth';
import { formatInstant } from '../../format/time';
import { useI18n } from '../../i18n/i18n';
import { CustomerAccountView } from './CustomerAccount';
import { formatMoney } from './money';
import type { AgeingRow, Money, PaymentView, ReceivablesConfirmation } from './types';

interface AgeingPage {
  items: AgeingRow[];
  nextCursor: string | null;
  asOf: string;
  totals: Omit<AgeingRow, 'customer' | 'branch' | 'credit'>;
}

const bucketColumns = (t: ReturnType<typeof useI18n>['t']) =>
  (['days0to30', 'days31to60', 'days61to90', 'over90'] as const).map((b) => ({
    title: t(`billing.ageing.${b}`),
    dataIndex: b,
    align: 'right' as const,
    render: (m: Money) => formatMoney(m),
  }));

/**
 * receivables (R25): ageing by customer, a customer's account with the payment form (finance
 * records a payment and allocates it to invoices), payments, and finance's monthly sign-off.
 */
export function ReceivablesPage() {
  const { t } = useI18n();
  const [customer, setCustomer] = useState<string>();
  return (
    <Card
      size="small"
      data-page="receivables"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('billing.receivables.title')}</h1>}
    >
      <Tabs
        items={[
          {
            key: 'ageing',
            label: t('billing.ageing'),
            children: <Ageing onOpen={setCustomer} />,
          },
          { key: 'payments', label: t('billing.payments'), children: <Payments /> },
          {
            key: 'confirmations',
            label: t('billing.confirmations'),
            children: <Confirmations />,
          },
        ]}
      />
      <Drawer
        open={!!customer}
        title={t('billing.account')}
        onClose={() => setCustomer(undefined)}
        destroyOnHidden
        size={880}
      >
        {customer && <CustomerAccountView customerId={customer} />}
      </Drawer>
    </Card>
  );
}

function Ageing({ onOpen }: { onOpen: (customerId: string) => void }) {
  const { client } = useAuth();
  const { t } = useI18n();
  const [page, setPage] = useState<AgeingPage>();
  const list = usePagedList<AgeingRow>('receivables/ageing', { limit: 100 });
  const [lookup, setLookup] = useState('');
  // the day counted to and the totals over every page
  useEffect(() => {
    client
      .request<AgeingPage>('GET', 'receivables/ageing', { query: { limit: 1 } })
      .then(setPage, () => undefined);
  }, [client]);
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Input.Search
          size="small"
          style={{ width: 260 }}
          placeholder={t('billing.customerId')}
          aria-label={t('billing.customerId')}
          value={lookup}
          onChange={(e) => setLookup(e.target.value)}
          onSearch={(v) => v.trim() && onOpen(v.trim())}
          enterButton={t('billing.account.open')}
        />
        {page && (
          <Typography.Text type="secondary">
            {t('billing.ageing.asOf', { date: page.asOf })} · {t('billing.open')}{' '}
            {formatMoney(page.totals.open)} · {t('billing.overdue')}{' '}
            {formatMoney(page.totals.overdue)}
          </Typography.Text>
        )}
      </Space>
      <Table<AgeingRow>
        size="small"
        rowKey={(r) => r.customer.customerId}
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        columns={[
          {
            title: t('billing.customer'),
            key: 'customer',
            render: (_, r) => (
              <Button type="link" size="small" onClick={() => onOpen(r.customer.customerId)}>
                {r.customer.name} ({r.customer.customerId})
              </Button>
            ),
          },
          { title: t('billing.branch'), dataIndex: 'branch' },
          ...bucketColumns(t),
          {
            title: t('billing.open'),
            dataIndex: 'open',
            align: 'right',
            render: (m: Money) => formatMoney(m),
          },
          {
            title: t('billing.overdue'),
            dataIndex: 'overdue',
            align: 'right',
            render: (m: Money) =>
              m.amountMinor > 0 ? <Tag color="red">{formatMoney(m)}</Tag> : formatMoney(m),
          },
          {
            title: t('billing.credit'),
            dataIndex: 'credit',
            align: 'right',
            render: (m: Money) => formatMoney(m),
          },
        ]}
      />
      {list.hasMore && (
        <Button style={{ marginTop: 8 }} onClick={list.loadMore} loading={list.loading}>
          {t('list.more')}
        </Button>
      )}
    </>
  );
}

function Payments() {
  const { t } = useI18n();
  const list = usePagedList<PaymentView>('payments', { limit: 50 });
  return (
    <>
      <Table<PaymentView>
        size="small"
        rowKey="paymentId"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        columns={[
          {
            title: t('billing.receivedAt'),
            key: 'r',
            render: (_, p) => formatInstant(p.receivedAt),
          },
          {
            title: t('billing.customer'),
            key: 'c',
            render: (_, p) => `${p.customer.name} (${p.customer.customerId})`,
          },
          { title: t('billing.amount'), key: 'a', render: (_, p) => formatMoney(p.amount) },
          { title: t('billing.payment.method'), dataIndex: 'method' },
          { title: t('billing.payment.reference'), dataIndex: 'reference' },
          {
            title: t('billing.payment.allocations'),
            key: 'al',
            render: (_, p) =>
              p.allocations.map((a) => `${a.invoiceNo} ${formatMoney(a.amount)}`).join(', ') || '—',
          },
          { title: t('billing.credit'), key: 'u', render: (_, p) => formatMoney(p.unapplied) },
        ]}
      />
      {list.hasMore && (
        <Button style={{ marginTop: 8 }} onClick={list.loadMore} loading={list.loading}>
          {t('list.more')}
        </Button>
      )}
    </>
  );
}

/** The month's confirmations of unpaid amounts; finance signs each off (R25). */
function Confirmations() {
  const { client, principal } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [status, setStatus] = useState<'prepared' | 'signed-off' | undefined>('prepared');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const list = usePagedList<ReceivablesConfirmation>('receivables-confirmations', {
    status,
    limit: 50,
  });
  const signOff = async (c: ReceivablesConfirmation) => {
    try {
      await client.request('POST', `receivables-confirmations/${c.id}/sign-off`, {
        body: { note: notes[c.id]?.trim() || undefined },
      });
      message.success(t('billing.signOff.done'));
      list.reload();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <>
      <Select
        size="small"
        allowClear
        style={{ width: 160, marginBottom: 8 }}
        aria-label={t('billing.status')}
        value={status}
        onChange={setStatus}
        options={[
          { value: 'prepared', label: t('billing.confirmation.prepared') },
          { value: 'signed-off', label: t('billing.confirmation.signed-off') },
        ]}
      />
      <Table<ReceivablesConfirmation>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        columns={[
          {
            title: t('billing.customer'),
            key: 'c',
            render: (_, c) => `${c.customer.name} (${c.customer.customerId})`,
          },
          { title: t('billing.period'), dataIndex: 'period' },
          { title: t('billing.ageing.asOfShort'), dataIndex: 'asOf' },
          { title: t('billing.open'), key: 'o', render: (_, c) => formatMoney(c.openTotal) },
          { title: t('billing.credit'), key: 'cr', render: (_, c) => formatMoney(c.credit) },
          {
            title: t('billing.status'),
            key: 's',
            render: (_, c) =>
              c.status === 'signed-off'
                ? `${t('billing.confirmation.signed-off')} · ${c.signedOffBy?.username ?? ''} · ${formatInstant(c.signedOffAt)}`
                : t('billing.confirmation.prepared'),
          },
          {
            title: t('billing.signOff'),
            key: 'act',
            render: (_, c) =>
              c.status === 'prepared' && principal?.role === 'finance' ? (
                <Space>
                  <Input
                    size="small"
                    style={{ width: 180 }}
                    placeholder={t('billing.note')}
                    aria-label={t('billing.note')}
                    value={notes[c.id] ?? ''}
                    onChange={(e) => setNotes({ ...notes, [c.id]: e.target.value })}
                  />
                  <Button size="small" onClick={() => void signOff(c)}>
                    {t('billing.signOff')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      {list.hasMore && (
        <Button style={{ marginTop: 8 }} onClick={list.loadMore} loading={list.loading}>
          {t('list.more')}
        </Button>
      )}
    </>
  );
}
