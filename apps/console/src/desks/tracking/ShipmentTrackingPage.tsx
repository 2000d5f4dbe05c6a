import {
  Button,
  Card,
  Drawer,
  Empty,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import type { ApiProblem } from '../../api/problem';
import { usePagedList } from '../../admin/use-paged-list';
import { useClient } from '../../auth/auth';
import { formatInstant } from '../../format/time';
import { FormProblem } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { laneText } from '../order/money';
import { Facts } from '../order/parts';
import {
  type Notification,
  type Shipment,
  type Timeline as ShipmentTimeline,
  TRACKING_STATUSES,
  type TrackingStatus,
} from './types';

export function StatusTag({ status }: { status: TrackingStatus | null }) {
  const { t } = useI18n();
  if (!status) return <Tag>{t('tracking.status.none')}</Tag>;
  const color = status === 'delivered' ? 'green' : status === 'exception' ? 'red' : 'blue';
  return (
    <Tag color={color} data-status={status}>
      {t(`tracking.status.${status}`)}
    </Tag>
  );
}

/** R11: one shipment — where it is, its timeline from dispatch, what the customer was told. */
export function ShipmentDetail({ shipment }: { shipment: Shipment }) {
  const client = useClient();
  const { t } = useI18n();
  const [timeline, setTimeline] = useState<ShipmentTimeline>();
  const [told, setTold] = useState<Notification[]>();
  const [error, setError] = useState<ApiProblem>();
  useEffect(() => {
    const no = shipment.waybillNo;
    Promise.all([
      client.request<ShipmentTimeline>('GET', `shipments/${no}/timeline`),
      client.request<{ items: Notification[] }>('GET', `shipments/${no}/notifications`),
    ]).then(
      ([tl, n]) => {
        setTimeline(tl);
        setTold(n.items);
      },
      (e: ApiProblem) => setError(e),
    );
  }, [client, shipment.waybillNo]);
  return (
    <div data-shipment={shipment.waybillNo}>
      {error && <FormProblem problem={error} elsewhere={[]} />}
      <Facts
        items={[
          [t('tracking.customer'), shipment.customer.company],
          [t('tracking.lane'), laneText(shipment.lane)],
          [t('tracking.shipper'), `${shipment.shipper.name} · ${shipment.shipper.city}`],
          [
            t('tracking.consignee'),
            `${shipment.consignee.name} · ${shipment.consignee.city} ${shipment.consignee.district ?? ''}`,
          ],
          [
            t('tracking.cargo'),
            `${shipment.cargo.description} · ${shipment.cargo.pieces} · ${shipment.cargo.weightKg} kg`,
          ],
          [t('tracking.promised'), formatInstant(shipment.promisedDeliveryAt)],
          [t('tracking.status'), <StatusTag key="s" status={shipment.status} />],
          [
            t('tracking.lastPlace'),
            shipment.lastPlace
              ? `${shipment.lastPlace.name} · ${shipment.lastVehicle ?? ''} · ${formatInstant(shipment.statusAt)}`
              : '—',
          ],
        ]}
      />
      <Typography.Title level={5}>{t('tracking.timeline')}</Typography.Title>
      {timeline && timeline.items.length === 0 && (
        <Empty description={t('tracking.timeline.none')} />
      )}
      {timeline && timeline.items.length > 0 && (
        <Timeline
          items={timeline.items.map((s, i) => ({
            key: i,
            color: s.exception ? 'red' : s.status === 'delivered' ? 'green' : 'blue',
            content: (
              <div>
                <strong>{t(`tracking.status.${s.status}`)}</strong> · {formatInstant(s.occurredAt)}{' '}
                · {s.place.name} · {s.vehicle.plate}
                {s.driver && ` · ${s.driver.name}`}
                {s.exception && (
                  <div>
                    <Tag color="red">{t(`tracking.kind.${s.exception.kind}`)}</Tag>
                    {s.exception.note}
                  </div>
                )}
              </div>
            ),
          }))}
        />
      )}
      <Typography.Title level={5}>{t('tracking.told')}</Typography.Title>
      <Table<Notification>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={told ?? []}
        loading={!told && !error}
        locale={{ emptyText: t('tracking.told.none') }}
        columns={[
          { title: t('tracking.told.at'), dataIndex: 'createdAt', render: formatInstant },
          { title: t('tracking.told.channel'), dataIndex: 'channel' },
          {
            title: t('tracking.told.to'),
            dataIndex: 'recipient',
            render: (r: string | null) => r ?? '—',
          },
          {
            title: t('tracking.told.text'),
            key: 'text',
            render: (_, n) => (
              <span>
                {n.subject && <strong>{n.subject} </strong>}
                {n.body}
              </span>
            ),
          },
          {
            title: t('tracking.told.state'),
            key: 'state',
            render: (_, n) => (
              <Tag color={n.state === 'sent' ? 'green' : n.state === 'failed' ? 'red' : undefined}>
                {t(`tracking.told.${n.state}`)}
              </Tag>
            ),
          },
        ]}
      />
    </div>
  );
}

/** /desk/shipment-tracking — shipments on the road (R11): open ones by default, by status. */
export function ShipmentTrackingPage() {
  const { t } = useI18n();
  const [open, setOpen] = useState(true);
  const [status, setStatus] = useState<TrackingStatus>();
  const list = usePagedList<Shipment>('shipments', {
    open: open ? 'true' : undefined,
    status,
    limit: 50,
  });
  const [shown, setShown] = useState<Shipment>();
  return (
    <Card
      size="small"
      data-desk-page="shipment-tracking"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('tracking.shipments.title')}</h1>}
      extra={
        <Space>
          <label>
            <Space size={4}>
              <Switch size="small" checked={open} onChange={setOpen} />
              {t('tracking.shipments.open')}
            </Space>
          </label>
          <Select
            allowClear
            size="small"
            style={{ width: 170 }}
            placeholder={t('tracking.status')}
            aria-label={t('tracking.status')}
            value={status}
            onChange={setStatus}
            options={TRACKING_STATUSES.map((s) => ({ value: s, label: t(`tracking.status.${s}`) }))}
          />
        </Space>
      }
    >
      {list.error && <FormProblem problem={list.error} elsewhere={[]} />}
      <Table<Shipment>
        size="small"
        rowKey="waybillNo"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        columns={[
          {
            title: t('tracking.waybill'),
            key: 'waybill',
            render: (_, s) => (
              <Button type="link" size="small" onClick={() => setShown(s)}>
                {s.waybillNo}
              </Button>
            ),
          },
          { title: t('tracking.customer'), key: 'customer', render: (_, s) => s.customer.company },
          { title: t('tracking.lane'), key: 'lane', render: (_, s) => laneText(s.lane) },
          { title: t('tracking.consignee'), key: 'consignee', render: (_, s) => s.consignee.name },
          {
            title: t('tracking.status'),
            key: 'status',
            render: (_, s) => <StatusTag status={s.status} />,
          },
          {
            title: t('tracking.lastPlace'),
            key: 'place',
            render: (_, s) =>
              s.lastPlace ? `${s.lastPlace.name} · ${formatInstant(s.statusAt)}` : '—',
          },
          { title: t('tracking.promised'), dataIndex: 'promisedDeliveryAt', render: formatInstant },
        ]}
      />
      {list.hasMore && (
        <Button style={{ marginTop: 8 }} onClick={list.loadMore} loading={list.loading}>
          {t('list.more')}
        </Button>
      )}
      <Drawer
        open={!!shown}
        size={760}
        title={shown?.waybillNo}
        onClose={() => setShown(undefined)}
        destroyOnHidden
      >
        {shown && <ShipmentDetail shipment={shown} />}
      </Drawer>
    </Card>
  );
}
