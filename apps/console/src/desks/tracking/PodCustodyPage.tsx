import {
  App,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { useState } from 'react';
import { usePagedList } from '../../admin/use-paged-list';
import { useAuth } from '../../auth/auth';
import { formatInstant } from '../../format/time';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import type { Pod, PodState, ReturnBatch } from './types';

const KEEPERS = ['documents-clerk', 'agent', 'branch-manager', 'hq-service'];
const RETURNERS = ['documents-clerk', 'branch-manager', 'hq-service'];
const POD_STATES: PodState[] = ['expected', 'received', 'returned', 'kept'];

/** A small form posting `fields` to `path`; refusals above it, field errors at the fields. */
function PostForm({
  path,
  fields,
  button,
  onDone,
  initial,
}: {
  path: string;
  fields: { name: string; label: string; hint?: string }[];
  button: string;
  onDone(): void;
  initial?: Record<string, string>;
}) {
  const { client } = useAuth();
  const { form, submit, submitting, problem, elsewhere } =
    useProblemForm<Record<string, string | undefined>>();
  return (
    <>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        data-form={path}
        onFinish={submit(async (v) => {
          const body = Object.fromEntries(
            Object.entries(v).filter(([, value]) => value !== undefined && value !== ''),
          );
          await client.request('POST', path, { body });
          onDone();
        })}
      >
        {fields.map((f) => (
          <Form.Item key={f.name} name={f.name} label={f.label} extra={f.hint}>
            <Input />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={submitting}>
          {button}
        </Button>
      </Form>
    </>
  );
}

function Receipts() {
  const { principal } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [state, setState] = useState<PodState | undefined>('expected');
  const [overdue, setOverdue] = useState(false);
  const list = usePagedList<Pod>('pods', {
    state,
    overdue: overdue ? 'true' : undefined,
    limit: 50,
  });
  const [acting, setActing] = useState<{ pod: Pod; action: 'receipt' | 'chases' }>();
  const keeper = KEEPERS.includes(principal?.role ?? '');
  const done = () => {
    setActing(undefined);
    message.success(t('form.saved'));
    list.reload();
  };
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Select
          allowClear
          size="small"
          style={{ width: 150 }}
          aria-label={t('tracking.pod.state')}
          placeholder={t('tracking.pod.state')}
          value={state}
          onChange={setState}
          options={POD_STATES.map((s) => ({ value: s, label: t(`tracking.pod.${s}`) }))}
        />
        <label>
          <Space size={4}>
            <Switch size="small" checked={overdue} onChange={setOverdue} />
            {t('tracking.pod.overdue')}
          </Space>
        </label>
      </Space>
      {list.error && <FormProblem problem={list.error} elsewhere={[]} />}
      <Table<Pod>
        size="small"
        rowKey="waybillNo"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        locale={{ emptyText: t('tracking.pod.none') }}
        columns={[
          { title: t('tracking.waybill'), dataIndex: 'waybillNo' },
          { title: t('tracking.customer'), dataIndex: 'customerCompany' },
          { title: t('tracking.pod.deliveredAt'), dataIndex: 'deliveredAt', render: formatInstant },
          {
            title: t('tracking.pod.state'),
            key: 'state',
            render: (_, p) => <Tag>{t(`tracking.pod.${p.state}`)}</Tag>,
          },
          {
            title: t('tracking.pod.chaseDue'),
            key: 'chase',
            render: (_, p) =>
              p.state === 'expected' ? (
                <Tag color={Date.parse(p.chaseDueAt) < Date.now() ? 'red' : undefined}>
                  {formatInstant(p.chaseDueAt)}
                  {p.chaseLevel > 0 && ` · L${p.chaseLevel}`}
                </Tag>
              ) : (
                '—'
              ),
          },
          {
            title: t('tracking.pod.custody'),
            key: 'custody',
            render: (_, p) =>
              p.custody
                ? `${p.custody.filedAt} · ${p.custody.receivedBy.username} · ${formatInstant(p.custody.receivedAt)}`
                : '—',
          },
          {
            title: t('tracking.pod.batch'),
            dataIndex: 'batchId',
            render: (b: string | null) => b ?? '—',
          },
          {
            title: t('tracking.actions'),
            key: 'actions',
            render: (_, p) =>
              keeper &&
              p.state === 'expected' && (
                <Space size={0}>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setActing({ pod: p, action: 'receipt' })}
                  >
                    {t('tracking.pod.receive')}
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setActing({ pod: p, action: 'chases' })}
                  >
                    {t('tracking.pod.chase')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {list.hasMore && (
        <Button style={{ marginTop: 8 }} onClick={list.loadMore} loading={list.loading}>
          {t('list.more')}
        </Button>
      )}
      <Drawer
        open={!!acting}
        size={460}
        title={
          acting &&
          `${acting.pod.waybillNo} · ${t(acting.action === 'receipt' ? 'tracking.pod.receive' : 'tracking.pod.chase')}`
        }
        onClose={() => setActing(undefined)}
        destroyOnHidden
      >
        {acting?.action === 'receipt' && (
          <PostForm
            path={`pods/${acting.pod.waybillNo}/receipt`}
            button={t('tracking.pod.receive')}
            onDone={done}
            fields={[
              {
                name: 'filedAt',
                label: t('tracking.pod.filedAt'),
                hint: t('tracking.pod.filedAtHint'),
              },
              { name: 'imageRef', label: t('tracking.pod.imageRef') },
              { name: 'remarks', label: t('tracking.pod.remarks') },
            ]}
          />
        )}
        {acting?.action === 'chases' && (
          <PostForm
            path={`pods/${acting.pod.waybillNo}/chases`}
            button={t('tracking.pod.chase')}
            onDone={done}
            fields={[{ name: 'note', label: t('tracking.pod.chaseNote') }]}
          />
        )}
      </Drawer>
    </>
  );
}

function Returns() {
  const { principal } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const list = usePagedList<ReturnBatch>('pod-returns', { limit: 50 });
  const [acting, setActing] = useState<ReturnBatch | 'sort'>();
  const returner = RETURNERS.includes(principal?.role ?? '');
  const done = () => {
    setActing(undefined);
    message.success(t('form.saved'));
    list.reload();
  };
  return (
    <>
      {returner && (
        <Button size="small" style={{ marginBottom: 8 }} onClick={() => setActing('sort')}>
          {t('tracking.returns.sort')}
        </Button>
      )}
      {list.error && <FormProblem problem={list.error} elsewhere={[]} />}
      <Table<ReturnBatch>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        locale={{ emptyText: t('tracking.returns.none') }}
        columns={[
          { title: t('tracking.returns.month'), dataIndex: 'month' },
          { title: t('tracking.customer'), dataIndex: 'customerCompany' },
          {
            title: t('tracking.returns.state'),
            key: 'state',
            render: (_, b) => <Tag>{t(`tracking.returns.${b.state}`)}</Tag>,
          },
          { title: t('tracking.returns.count'), key: 'n', render: (_, b) => b.waybillNos.length },
          {
            title: t('tracking.returns.courier'),
            key: 'courier',
            render: (_, b) =>
              b.courier
                ? `${b.courier} ${b.courierRef ?? ''} · ${formatInstant(b.sentAt)}`
                : (b.filedAt ?? '—'),
          },
          {
            title: t('tracking.actions'),
            key: 'actions',
            render: (_, b) =>
              returner &&
              b.state === 'prepared' && (
                <Button size="small" type="link" onClick={() => setActing(b)}>
                  {t('tracking.returns.dispatch')}
                </Button>
              ),
          },
        ]}
      />
      {list.hasMore && (
        <Button style={{ marginTop: 8 }} onClick={list.loadMore} loading={list.loading}>
          {t('list.more')}
        </Button>
      )}
      <Drawer
        open={!!acting}
        size={460}
        title={acting === 'sort' ? t('tracking.returns.sort') : t('tracking.returns.dispatch')}
        onClose={() => setActing(undefined)}
        destroyOnHidden
      >
        {acting === 'sort' && (
          <PostForm
            path="pod-returns"
            button={t('tracking.returns.sort')}
            onDone={done}
            initial={{ branch: principal?.branch ?? '' }}
            fields={[
              { name: 'branch', label: t('tracking.returns.branch') },
              { name: 'month', label: t('tracking.returns.month'), hint: 'YYYY-MM' },
            ]}
          />
        )}
        {acting && acting !== 'sort' && (
          <PostForm
            path={`pod-returns/${acting.id}/dispatch`}
            button={t('tracking.returns.dispatch')}
            onDone={done}
            fields={[
              { name: 'courier', label: t('tracking.returns.courier') },
              { name: 'courierRef', label: t('tracking.returns.courierRef') },
            ]}
          />
        )}
      </Drawer>
    </>
  );
}

/** /desk/pod-custody — R14: return receipts expected, received, sent back; the month's returns. */
export function PodCustodyPage() {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      data-desk-page="pod-custody"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('tracking.pods.title')}</h1>}
    >
      <Tabs
        items={[
          { key: 'pods', label: t('tracking.pods.receipts'), children: <Receipts /> },
          { key: 'returns', label: t('tracking.returns.title'), children: <Returns /> },
        ]}
      />
    </Card>
  );
}
