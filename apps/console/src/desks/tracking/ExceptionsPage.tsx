import {
  App,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ApiProblem } from '../../api/problem';
import { usePagedList } from '../../admin/use-paged-list';
import { useAuth } from '../../auth/auth';
import { formatInstant } from '../../format/time';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { roleName, useI18n } from '../../i18n/i18n';
import { fenOf, formatFen } from '../order/money';
import { Facts } from '../order/parts';
import { EXCEPTION_KINDS, type ExceptionKind, type ShipmentException } from './types';

const HANDLERS = ['agent', 'branch-manager', 'hq-service', 'general-manager'];
const cny = (yuan: number | undefined | null) => {
  const amountMinor = fenOf(yuan);
  return amountMinor === undefined ? undefined : { amountMinor, currency: 'CNY' as const };
};

/** R13: record an exception a customer or driver reported (POST /shipments/{waybillNo}/exceptions). */
export function RecordExceptionForm({ onRecorded }: { onRecorded(e: ShipmentException): void }) {
  const { client } = useAuth();
  const { t } = useI18n();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<{
    waybillNo?: string;
    kind?: ExceptionKind;
    note?: string;
  }>();
  return (
    <>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="vertical"
        data-form="record-exception"
        onFinish={submit(async (v) => {
          const no = (v.waybillNo ?? '').trim();
          onRecorded(
            await client.request<ShipmentException>(
              'POST',
              `shipments/${encodeURIComponent(no || '-')}/exceptions`,
              { body: { kind: v.kind, note: v.note ?? '' } },
            ),
          );
        })}
      >
        <Form.Item name="waybillNo" label={t('tracking.waybill')}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('tracking.exception.kind')}>
          <Select
            options={EXCEPTION_KINDS.map((k) => ({ value: k, label: t(`tracking.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('tracking.exception.note')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('tracking.exception.record')}
        </Button>
      </Form>
    </>
  );
}

function StepForm({ id, onDone }: { id: string; onDone(e: ShipmentException): void }) {
  const { client } = useAuth();
  const { t } = useI18n();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<{
    kind?: string;
    text?: string;
    amount?: { amountMinor?: number };
  }>();
  return (
    <>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="vertical"
        data-form="exception-step"
        initialValues={{ kind: 'note' }}
        onFinish={submit(async (v) => {
          onDone(
            await client.request<ShipmentException>('POST', `exceptions/${id}/steps`, {
              body: { kind: v.kind, text: v.text ?? '', amount: cny(v.amount?.amountMinor) },
            }),
          );
          form.resetFields();
        })}
      >
        <Space align="start" wrap>
          <Form.Item name="kind" label={t('tracking.step.kind')}>
            <Select
              style={{ width: 200 }}
              options={(['note', 'customer-contacted', 'compensation-offered'] as const).map(
                (k) => ({
                  value: k,
                  label: t(`tracking.step.${k}`),
                }),
              )}
            />
          </Form.Item>
          <Form.Item name={['amount', 'amountMinor']} label={t('tracking.step.amount')}>
            <InputNumber min={0} precision={2} prefix="¥" />
          </Form.Item>
        </Space>
        <Form.Item name="text" label={t('tracking.step.text')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button htmlType="submit" loading={submitting}>
          {t('tracking.step.add')}
        </Button>
      </Form>
    </>
  );
}

function CloseForm({ id, onDone }: { id: string; onDone(e: ShipmentException): void }) {
  const { client } = useAuth();
  const { t } = useI18n();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<{
    resolution?: string;
    compensation?: { amountMinor?: number };
  }>();
  return (
    <>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="vertical"
        data-form="close-exception"
        onFinish={submit(async (v) =>
          onDone(
            await client.request<ShipmentException>('POST', `exceptions/${id}/close`, {
              body: {
                resolution: v.resolution ?? '',
                compensation: cny(v.compensation?.amountMinor),
              },
            }),
          ),
        )}
      >
        <Form.Item name="resolution" label={t('tracking.close.resolution')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name={['compensation', 'amountMinor']}
          label={t('tracking.close.compensation')}
          extra={t('tracking.close.hint')}
        >
          <InputNumber min={0} precision={2} prefix="¥" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('tracking.close')}
        </Button>
      </Form>
    </>
  );
}

function EscalateForm({ id, onDone }: { id: string; onDone(e: ShipmentException): void }) {
  const { client } = useAuth();
  const { t } = useI18n();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<{ reason?: string }>();
  return (
    <>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="vertical"
        data-form="escalate-exception"
        onFinish={submit(async (v) =>
          onDone(
            await client.request<ShipmentException>('POST', `exceptions/${id}/escalate`, {
              body: { reason: v.reason ?? '' },
            }),
          ),
        )}
      >
        <Form.Item name="reason" label={t('tracking.escalate.reason')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button htmlType="submit" loading={submitting}>
          {t('tracking.escalate')}
        </Button>
      </Form>
    </>
  );
}

/** R13: one exception — its steps to closure, and (for its handlers) step, close, escalate. */
export function ExceptionDetail({ id, onChanged }: { id: string; onChanged(): void }) {
  const { client, principal } = useAuth();
  const { t, language } = useI18n();
  const [exception, setException] = useState<ShipmentException>();
  const [error, setError] = useState<ApiProblem>();
  const load = useCallback(
    () =>
      client
        .request<ShipmentException>('GET', `exceptions/${id}`)
        .then(setException, (e: ApiProblem) => setError(e)),
    [client, id],
  );
  useEffect(() => void load(), [load]);
  const done = (e: ShipmentException) => {
    setException(e);
    onChanged();
  };
  if (error) return <FormProblem problem={error} elsewhere={[]} />;
  if (!exception) return <Card loading size="small" />;
  const handler = HANDLERS.includes(principal?.role ?? '') && exception.state === 'open';
  return (
    <div data-exception={exception.id} data-state={exception.state}>
      <Facts
        items={[
          [t('tracking.waybill'), exception.waybillNo],
          [t('tracking.exception.kind'), t(`tracking.kind.${exception.kind}`)],
          [t('tracking.exception.source'), t(`tracking.source.${exception.source}`)],
          [t('tracking.exception.raisedAt'), formatInstant(exception.raisedAt)],
          [
            t('tracking.exception.holder'),
            `${roleName(language, exception.assignedRole)} · ${t('tracking.exception.level', { level: exception.escalationLevel })}`,
          ],
          [
            t('tracking.exception.state'),
            <Tag
              key="s"
              color={exception.state === 'open' ? 'orange' : 'green'}
              data-exception-state={exception.state}
            >
              {t(`tracking.state.${exception.state}`)}
            </Tag>,
          ],
          ...(exception.resolution
            ? ([
                [
                  t('tracking.close.resolution'),
                  `${exception.resolution}${exception.compensation ? ` · ${formatFen(exception.compensation.amountMinor)}` : ''}`,
                ],
              ] as [string, string][])
            : []),
        ]}
      />
      <Typography.Paragraph>{exception.note}</Typography.Paragraph>
      <Typography.Title level={5}>{t('tracking.exception.steps')}</Typography.Title>
      <Timeline
        data-steps
        items={(exception.steps ?? []).map((s) => ({
          key: s.seq,
          color: s.kind === 'closed' ? 'green' : s.kind === 'escalated' ? 'red' : 'blue',
          content: (
            <div data-step={s.kind}>
              <strong>{t(`tracking.step.${s.kind}`)}</strong> · {formatInstant(s.at)} ·{' '}
              {s.by ? s.by.username : t('tracking.step.platform')}
              {s.role && ` (${roleName(language, s.role)})`}
              {s.amount && ` · ${formatFen(s.amount.amountMinor)}`}
              <div>{s.text}</div>
            </div>
          ),
        }))}
      />
      {handler && (
        <Space orientation="vertical" style={{ width: '100%' }} size="large">
          <Card size="small" title={t('tracking.step.add')}>
            <StepForm id={exception.id} onDone={done} />
          </Card>
          <Card size="small" title={t('tracking.close')}>
            <CloseForm id={exception.id} onDone={done} />
          </Card>
          <Card size="small" title={t('tracking.escalate')}>
            <EscalateForm id={exception.id} onDone={done} />
          </Card>
        </Space>
      )}
    </div>
  );
}

/**
 * /desk/exceptions — R13: exceptions (open ones first), who holds each and at what level;
 * record one from a call, add steps, close within your authority (beyond it: 422, escalate).
 */
export function ExceptionsPage() {
  const { principal } = useAuth();
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [state, setState] = useState<'open' | 'closed' | undefined>('open');
  const [kind, setKind] = useState<ExceptionKind>();
  const list = usePagedList<ShipmentException>('exceptions', { state, kind, limit: 50 });
  const [shown, setShown] = useState<string>();
  const [recording, setRecording] = useState(false);
  const handler = HANDLERS.includes(principal?.role ?? '');
  return (
    <Card
      size="small"
      data-desk-page="exceptions"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('tracking.exceptions.title')}</h1>}
      extra={
        <Space>
          <Select
            allowClear
            size="small"
            style={{ width: 120 }}
            aria-label={t('tracking.exception.state')}
            placeholder={t('tracking.exception.state')}
            value={state}
            onChange={setState}
            options={[
              { value: 'open', label: t('tracking.state.open') },
              { value: 'closed', label: t('tracking.state.closed') },
            ]}
          />
          <Select
            allowClear
            size="small"
            style={{ width: 150 }}
            aria-label={t('tracking.exception.kind')}
            placeholder={t('tracking.exception.kind')}
            value={kind}
            onChange={setKind}
            options={EXCEPTION_KINDS.map((k) => ({ value: k, label: t(`tracking.kind.${k}`) }))}
          />
          {handler && (
            <Button type="primary" size="small" onClick={() => setRecording(true)}>
              {t('tracking.exception.record')}
            </Button>
          )}
        </Space>
      }
    >
      {list.error && <FormProblem problem={list.error} elsewhere={[]} />}
      <Table<ShipmentException>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        locale={{ emptyText: t('tracking.exceptions.none') }}
        columns={[
          {
            title: t('tracking.waybill'),
            key: 'waybill',
            render: (_, e) => (
              <Button type="link" size="small" onClick={() => setShown(e.id)} data-open={e.id}>
                {e.waybillNo}
              </Button>
            ),
          },
          {
            title: t('tracking.exception.kind'),
            key: 'kind',
            render: (_, e) => <Tag color="red">{t(`tracking.kind.${e.kind}`)}</Tag>,
          },
          { title: t('tracking.exception.note'), dataIndex: 'note', ellipsis: true },
          {
            title: t('tracking.exception.source'),
            key: 'source',
            render: (_, e) => t(`tracking.source.${e.source}`),
          },
          { title: t('tracking.exception.raisedAt'), dataIndex: 'raisedAt', render: formatInstant },
          {
            title: t('tracking.exception.holder'),
            key: 'holder',
            render: (_, e) => `${roleName(language, e.assignedRole)} · L${e.escalationLevel}`,
          },
          {
            title: t('tracking.exception.state'),
            key: 'state',
            render: (_, e) => (
              <Tag color={e.state === 'open' ? 'orange' : 'green'}>
                {t(`tracking.state.${e.state}`)}
              </Tag>
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
        open={recording}
        size={460}
        title={t('tracking.exception.record')}
        onClose={() => setRecording(false)}
        destroyOnHidden
      >
        <RecordExceptionForm
          onRecorded={(e) => {
            setRecording(false);
            message.success(t('tracking.exception.recorded'));
            list.reload();
            setShown(e.id);
          }}
        />
      </Drawer>
      <Drawer
        open={!!shown}
        size={640}
        title={t('tracking.exception.title')}
        onClose={() => setShown(undefined)}
        destroyOnHidden
      >
        {shown && <ExceptionDetail id={shown} onChanged={list.reload} />}
      </Drawer>
    </Card>
  );
}
