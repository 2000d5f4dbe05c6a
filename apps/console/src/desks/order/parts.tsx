import { Descriptions, Select, Table, Tag, Typography } from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import type { Deadline, Page } from '../../api/types';
import { useClient } from '../../auth/auth';
import { formatInstant, formatSpan, useNow } from '../../format/time';
import { useI18n } from '../../i18n/i18n';
import { formatFen, rateText } from './money';
import type { Address, Customer, Price } from './types';

// Pieces the order desk's pages share: a price line by line, a countdown, the customer picker,
// times typed in China time.

/** A price line by line (net, VAT rate), then net, VAT and total — fen shown as yuan. */
export function PriceTable({ price }: { price: Price }) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={price.lines}
      data-price
      columns={[
        { title: t('order.price.line'), dataIndex: 'description' },
        {
          title: t('order.price.net'),
          key: 'amount',
          align: 'right',
          render: (_, l) => formatFen(l.amount.amountMinor),
        },
        { title: t('order.price.vat'), key: 'rate', render: (_, l) => rateText(l.taxRate) },
      ]}
      summary={() => (
        <>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('order.price.netTotal')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {formatFen(price.net.amountMinor)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
          </Table.Summary.Row>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('order.price.tax')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {formatFen(price.tax.amountMinor)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
          </Table.Summary.Row>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{t('order.price.total')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong data-total>{formatFen(price.total.amountMinor)}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
          </Table.Summary.Row>
        </>
      )}
    />
  );
}

/** Time left to `dueAt` (red once overdue), ticking every second; its instant beside it. */
export function DueIn({ dueAt }: { dueAt: string | null | undefined }) {
  const { t } = useI18n();
  const now = useNow();
  if (!dueAt) return <Typography.Text type="secondary">{t('order.due.unknown')}</Typography.Text>;
  const left = Date.parse(dueAt) - now;
  return (
    <span data-due={dueAt}>
      {left >= 0 ? (
        <Tag color="blue">{t('order.due.left', { span: formatSpan(left) })}</Tag>
      ) : (
        <Tag color="red">{t('order.due.overdue', { span: formatSpan(left) })}</Tag>
      )}
      <Typography.Text type="secondary">{formatInstant(dueAt)}</Typography.Text>
    </span>
  );
}

/**
 * A subject's open deadline on the scheduler (GET /deadlines?subjectType=&subjectId=). The
 * service arms it over Kafka, so a subject just created may have none yet: asked again every
 * few seconds, a while.
 */
export function useOpenDeadline(subjectType: string, subjectId: string | undefined) {
  const client = useClient();
  const [deadline, setDeadline] = useState<Deadline | null>();
  useEffect(() => {
    if (!subjectId) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (attempt: number) =>
      client
        .request<{ items: Deadline[] }>('GET', 'deadlines', { query: { subjectType, subjectId } })
        .then(
          (d) => d.items.find((x) => x.state === 'armed' || x.state === 'escalated') ?? null,
          () => null,
        )
        .then((found) => {
          if (!live) return;
          setDeadline(found);
          if (!found && attempt < 10) timer = setTimeout(() => void ask(attempt + 1), 3000);
        });
    void ask(0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, subjectType, subjectId]);
  return deadline;
}

export const addressText = (a: Address | undefined) =>
  a ? [a.province, a.city, a.district, a.street].filter(Boolean).join(' ') : '—';

/** A customer chosen by phone, name or id from GET /customers (the branch's files). */
export function CustomerPicker({
  value,
  onChange,
  onPick,
  id,
}: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  onPick?: (customer: Customer | undefined) => void;
  id?: string;
}) {
  const client = useClient();
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Customer[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    let live = true;
    const typed = search.trim();
    const query = !typed
      ? { limit: 20 }
      : /^[\d\s+\-()]+$/.test(typed)
        ? { phone: typed, limit: 20 }
        : { q: typed, limit: 20 };
    setLoading(true);
    const timer = setTimeout(() => {
      client.request<Page<Customer>>('GET', 'customers', { query }).then(
        (page) => live && setFound(page.items),
        () => live && setFound([]),
      );
      setLoading(false);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, search]);
  const options = useMemo(
    () =>
      found.map((c) => ({
        value: c.customerId,
        label: `${c.company} · ${c.customerId}${c.contacts[0] ? ` · ${c.contacts[0].phone}` : ''}`,
      })),
    [found],
  );
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value}
      loading={loading}
      placeholder={t('order.customer.search')}
      aria-label={t('order.customer')}
      notFoundContent={t('order.customer.none')}
      options={options}
      onChange={(next: string | undefined) => {
        onChange?.(next);
        onPick?.(found.find((c) => c.customerId === next));
      }}
    />
  );
}

const pad = (n: number) => String(n).padStart(2, '0');
const chinaParts = (date: Date) => {
  const shifted = new Date(date.getTime() + 8 * 3_600_000);
  return {
    y: shifted.getUTCFullYear(),
    m: pad(shifted.getUTCMonth() + 1),
    d: pad(shifted.getUTCDate()),
    h: pad(shifted.getUTCHours()),
    min: pad(shifted.getUTCMinutes()),
  };
};

/** An instant → `2026-03-12T09:00` as a China-time clock reads it (datetime-local fields). */
export function chinaLocal(iso: string | Date): string {
  const p = chinaParts(typeof iso === 'string' ? new Date(iso) : iso);
  return `${p.y}-${p.m}-${p.d}T${p.h}:${p.min}`;
}

/** `2026-03-12T09:00` typed in China time → the instant (RFC 3339, UTC); empty → undefined. */
export function instantOfChinaLocal(local: string | undefined): string | undefined {
  if (!local) return undefined;
  const parsed = Date.parse(`${local.length === 16 ? `${local}:00` : local}+08:00`);
  return Number.isNaN(parsed) ? local : new Date(parsed).toISOString();
}

/** Tomorrow `from`–`to` o'clock, China time, as datetime-local values. */
export function tomorrowWindow(fromHour: number, toHour: number, now = new Date()) {
  const p = chinaParts(new Date(now.getTime() + 86_400_000));
  const day = `${p.y}-${p.m}-${p.d}`;
  return { from: `${day}T${pad(fromHour)}:00`, to: `${day}T${pad(toHour)}:00` };
}

export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={items.map(([label, children], i) => ({ key: i, label, children }))}
    />
  );
}
