import { Button, Card, Drawer, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { usePagedList } from '../../admin/use-paged-list';
import { formatInstant } from '../../format/time';
import { FormProblem } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { formatFen, laneText } from './money';
import { OrderDetail } from './OrderDetail';
import { DueIn, useOpenDeadline } from './parts';
import type { OrderSummary } from './types';

function AckDue({ orderId }: { orderId: string }) {
  const deadline = useOpenDeadline('order', orderId);
  if (deadline === undefined) return null;
  return <DueIn dueAt={deadline?.dueAt} />;
}

/**
 * /desk/orders-to-acknowledge — the documents desk's list (R4): work orders placed, or amended
 * after an acknowledgement, each with its 30-minute acknowledgement clock; open one to check it,
 * print its labels (R5) and acknowledge it.
 */
export function OrdersToAcknowledgePage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<'placed' | 'amended'>('placed');
  const list = usePagedList<OrderSummary>('orders', { status, limit: 50 });
  const [open, setOpen] = useState<string>();
  return (
    <Card
      size="small"
      data-desk-page="orders-to-acknowledge"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('order.ack.title')}</h1>}
      extra={
        <Segmented
          size="small"
          value={status}
          onChange={(v) => setStatus(v as 'placed' | 'amended')}
          options={[
            { value: 'placed', label: t('order.status.placed') },
            { value: 'amended', label: t('order.status.amended') },
          ]}
        />
      }
    >
      {list.error && <FormProblem problem={list.error} elsewhere={[]} />}
      <Table<OrderSummary>
        size="small"
        rowKey="orderId"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        locale={{ emptyText: t('order.ack.none') }}
        columns={[
          {
            title: t('order.waybill'),
            key: 'waybill',
            render: (_, o) => (
              <Button
                type="link"
                size="small"
                onClick={() => setOpen(o.orderId)}
                data-open={o.waybillNo}
              >
                {o.waybillNo}
              </Button>
            ),
          },
          { title: t('order.customer'), key: 'customer', render: (_, o) => o.customer.company },
          { title: t('order.lane'), key: 'lane', render: (_, o) => laneText(o.lane) },
          { title: t('order.consignee'), dataIndex: 'consignee' },
          {
            title: t('order.cargo'),
            key: 'cargo',
            render: (_, o) => `${o.pieces} · ${o.weightKg} kg · ${o.volumeM3} m³`,
          },
          {
            title: t('order.price.total'),
            key: 'total',
            render: (_, o) => formatFen(o.total.amountMinor),
          },
          { title: t('order.placedAt'), dataIndex: 'placedAt', render: formatInstant },
          {
            title: t('order.ack.due'),
            key: 'due',
            render: (_, o) => <AckDue orderId={o.orderId} />,
          },
          {
            title: t('order.status'),
            key: 'status',
            render: (_, o) => <Tag>{t(`order.status.${o.status}`)}</Tag>,
          },
        ]}
      />
      {list.hasMore && (
        <Button style={{ marginTop: 8 }} onClick={list.loadMore} loading={list.loading}>
          {t('list.more')}
        </Button>
      )}
      <Drawer
        open={!!open}
        size={760}
        title={t('order.ack.check')}
        onClose={() => setOpen(undefined)}
        destroyOnHidden
      >
        {open && <OrderDetail orderId={open} onChanged={() => list.reload()} />}
      </Drawer>
    </Card>
  );
}
