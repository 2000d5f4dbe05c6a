import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ApiProblem } from '../../api/problem';
import type { Page } from '../../api/types';
import { useAuth } from '../../auth/auth';
import { formatInstant } from '../../format/time';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { laneText } from './money';
import { addressText, DueIn, Facts, PriceTable, useOpenDeadline } from './parts';
import type { HistoryEntry, Order } from './types';

const ACKNOWLEDGERS = ['documents-clerk', 'branch-manager', 'admin'];
const DESK = ['agent', 'branch-manager', 'hq-service', 'admin'];
const OPEN = ['placed', 'acknowledged', 'amended'];

const shown = (v: unknown) =>
  v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

/** R5: the labels PDF through the gateway with the user's token, saved as `<waybill>-labels.pdf`. */
export function usePrintLabels() {
  const { client } = useAuth();
  const { message } = App.useApp();
  const [printing, setPrinting] = useState(false);
  const print = async (order: Pick<Order, 'orderId' | 'waybillNo'>) => {
    setPrinting(true);
    try {
      const pdf = await client.blob(`orders/${order.orderId}/labels.pdf`, {
        accept: 'application/pdf',
      });
      const url = URL.createObjectURL(pdf);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${order.waybillNo}-labels.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      message.error((e as ApiProblem).detail ?? (e as Error).message);
    } finally {
      setPrinting(false);
    }
  };
  return { print, printing };
}

/** One of the order's actions, as a small form with its refusal shown above it. */
function ActionForm({
  field,
  label,
  button,
  danger,
  run,
}: {
  field: string;
  label: string;
  button: string;
  danger?: boolean;
  run(value: string | undefined): Promise<void>;
}) {
  const { form, submit, submitting, problem, elsewhere } =
    useProblemForm<Record<string, string | undefined>>();
  return (
    <div style={{ marginTop: 8 }}>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="inline"
        data-form={button}
        onFinish={submit(async (v) => {
          await run(v[field] || undefined);
          form.resetFields();
        })}
      >
        <Form.Item name={field} label={label}>
          <Input style={{ width: 320 }} />
        </Form.Item>
        <Button htmlType="submit" danger={danger} loading={submitting}>
          {button}
        </Button>
      </Form>
    </div>
  );
}

/**
 * R4/R5: one work order — waybill number, status, the acknowledgement and its clock, price,
 * history — and what the user's role may do with it: print the labels, acknowledge (documents
 * desk), amend the requirements, cancel (the desk).
 */
export function OrderDetail({
  orderId,
  onChanged,
}: {
  orderId: string;
  onChanged?(o: Order): void;
}) {
  const { client, principal } = useAuth();
  const { t } = useI18n();
  const [order, setOrder] = useState<Order>();
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [error, setError] = useState<ApiProblem>();
  const { print, printing } = usePrintLabels();
  const role = principal?.role ?? '';

  const load = useCallback(async () => {
    try {
      const [o, h] = await Promise.all([
        client.request<Order>('GET', `orders/${orderId}`),
        client.request<Page<HistoryEntry>>('GET', `orders/${orderId}/history`, {
          query: { limit: 100 },
        }),
      ]);
      setOrder(o);
      setHistory(h.items);
    } catch (e) {
      setError(e as ApiProblem);
    }
  }, [client, orderId]);
  useEffect(() => void load(), [load]);
  const awaitingAck = order && (order.status === 'placed' || order.status === 'amended');
  const deadline = useOpenDeadline('order', awaitingAck ? order.orderId : undefined);

  const changed = async (next: Order) => {
    setOrder(next);
    onChanged?.(next);
    await load();
  };

  if (error) return <FormProblem problem={error} elsewhere={[]} />;
  if (!order) return <Card loading size="small" />;
  return (
    <Card
      size="small"
      data-order={order.orderId}
      title={
        <Space>
          <span>{t('order.order.title')}</span>
          <Typography.Text copyable strong data-waybill>
            {order.waybillNo}
          </Typography.Text>
          <Tag
            color={order.status === 'cancelled' ? 'red' : 'blue'}
            data-order-status={order.status}
          >
            {t(`order.status.${order.status}`)}
          </Tag>
        </Space>
      }
      extra={
        <Button icon={<PrinterOutlined />} onClick={() => print(order)} loading={printing}>
          {t('order.labels.print')}
        </Button>
      }
    >
      <Facts
        items={[
          [t('order.customer'), `${order.customer.company} (${order.customer.customerId})`],
          [t('order.lane'), laneText(order.lane)],
          [t('order.shipper'), `${order.shipper.name} · ${addressText(order.shipper.address)}`],
          [
            t('order.consignee'),
            `${order.consignee.name} ${order.consignee.contact ?? ''} ${order.consignee.phone} · ${addressText(order.consignee.address)}`,
          ],
          [
            t('order.cargo'),
            `${order.cargo.description} · ${order.cargo.pieces} · ${order.cargo.weightKg} kg · ${order.cargo.volumeM3} m³`,
          ],
          [t('order.paymentTerms'), t(`order.payment.${order.paymentTerms}`)],
          [
            t('order.pickupWindow'),
            `${formatInstant(order.pickupWindow.from)} – ${formatInstant(order.pickupWindow.to)}`,
          ],
          [t('order.promisedDeliveryAt'), formatInstant(order.promisedDeliveryAt)],
          [t('order.placedAt'), `${formatInstant(order.placedAt)} · ${order.agent.username}`],
          [
            t('order.acknowledgement'),
            order.acknowledgement.at ? (
              `${formatInstant(order.acknowledgement.at)} · ${order.acknowledgement.by?.username ?? ''}`
            ) : awaitingAck ? (
              <DueIn dueAt={deadline?.dueAt} />
            ) : (
              '—'
            ),
          ],
          ...(order.requirements
            ? ([[t('order.requirements'), order.requirements]] as [string, string][])
            : []),
          ...(order.cautions
            ? ([[t('order.cautions'), order.cautions]] as [string, string][])
            : []),
          ...(order.cancellation
            ? ([[t('order.cancellation'), order.cancellation.reason]] as [string, string][])
            : []),
        ]}
      />
      <PriceTable price={order.price} />
      {awaitingAck && ACKNOWLEDGERS.includes(role) && (
        <ActionForm
          field="note"
          label={t('order.ack.note')}
          button={t('order.ack.do')}
          run={async (note) =>
            changed(
              await client.request<Order>('POST', `orders/${order.orderId}/acknowledge`, {
                body: { note },
              }),
            )
          }
        />
      )}
      {OPEN.includes(order.status) && [...DESK, 'documents-clerk'].includes(role) && (
        <ActionForm
          field="requirements"
          label={t('order.amend.requirements')}
          button={t('order.amend')}
          run={async (requirements) =>
            changed(
              await client.request<Order>('PATCH', `orders/${order.orderId}`, {
                body: { requirements: requirements ?? '' },
              }),
            )
          }
        />
      )}
      {OPEN.includes(order.status) && DESK.includes(role) && (
        <ActionForm
          field="reason"
          label={t('order.cancel.reason')}
          button={t('order.cancel')}
          danger
          run={async (reason) =>
            changed(
              await client.request<Order>('POST', `orders/${order.orderId}/cancel`, {
                body: { reason: reason ?? '' },
              }),
            )
          }
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('order.history')}
      </Typography.Title>
      <Table<HistoryEntry>
        size="small"
        rowKey={(h) => `${h.at}-${h.field}`}
        pagination={false}
        dataSource={history}
        data-history
        columns={[
          { title: t('order.history.at'), dataIndex: 'at', render: formatInstant },
          { title: t('order.history.by'), key: 'by', render: (_, h) => h.by.username },
          { title: t('order.history.field'), dataIndex: 'field' },
          { title: t('order.history.from'), key: 'from', render: (_, h) => shown(h.from) },
          { title: t('order.history.to'), key: 'to', render: (_, h) => shown(h.to) },
        ]}
      />
    </Card>
  );
}
