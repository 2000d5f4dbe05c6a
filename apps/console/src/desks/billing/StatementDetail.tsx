import {
  Alert,
  App,
  Button,
  Descriptions,
  Form,
  Input,
  Radio,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiProblem } from '../../api/problem';
import { useAuth } from '../../auth/auth';
import { formatInstant } from '../../format/time';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { openFile } from './files';
import { formatMoney } from './money';
import { SettleDisputes } from './SettleDisputes';
import { STATUS_COLOR } from './StatementsPage';
import type { CheckMark, StatementLine, StatementView } from './types';

const CHECKERS = ['documents-clerk', 'branch-manager'];
const AGENTS = ['agent', 'branch-manager', 'hq-service'];
const SETTLERS = ['branch-manager', 'hq-service'];

interface MarkValues {
  marks: { mark?: CheckMark; note?: string }[];
}

/**
 * The marks the form sends are the lines the clerk marked, in order: an error at `marks.2.note`
 * is about the third marked line, shown at that line's field.
 */
function remapMarks(problem: ApiProblem, sentIndex: number[]): ApiProblem {
  return new ApiProblem({
    ...problem,
    errors: problem.errors.map((e) => {
      const match = /^marks\.(\d+)\.(.+)$/.exec(e.field);
      const line = match ? sentIndex[Number(match[1])] : undefined;
      return line === undefined ? e : { ...e, field: `marks.${line}.${match![2]}` };
    }),
  });
}

/** One statement (R24): its lines against the PODs, the check, sending, the answer, disputes. */
export function StatementDetail({ id }: { id: string }) {
  const { client, principal } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [view, setView] = useState<StatementView>();
  const [loadError, setLoadError] = useState<ApiProblem>();
  const role = principal?.role ?? '';

  const load = useCallback(async () => {
    try {
      setView(await client.request<StatementView>('GET', `statements/${id}`));
    } catch (e) {
      setLoadError(e as ApiProblem);
    }
  }, [client, id]);
  useEffect(() => void load(), [load]);

  if (loadError) return <Alert type="error" showIcon title={loadError.detail ?? loadError.title} />;
  if (!view) return <Spin />;

  const done = (text: string) => (next: StatementView) => {
    setView(next);
    message.success(text);
  };

  return (
    <div data-statement-id={view.id} data-status={view.status}>
      <Descriptions size="small" column={3} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('billing.customer')}>
          {view.customer.name} ({view.customer.customerId})
        </Descriptions.Item>
        <Descriptions.Item label={t('billing.period')}>{view.period}</Descriptions.Item>
        <Descriptions.Item label={t('billing.status')}>
          <Tag color={STATUS_COLOR[view.status]} data-statement-status={view.status}>
            {t(`billing.status.${view.status}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('billing.net')}>{formatMoney(view.net)}</Descriptions.Item>
        <Descriptions.Item label={t('billing.tax')}>{formatMoney(view.tax)}</Descriptions.Item>
        <Descriptions.Item label={t('billing.total')}>{formatMoney(view.total)}</Descriptions.Item>
        <Descriptions.Item label={t('billing.email')}>{view.email ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('billing.mail')}>
          {view.mail ? (
            <span data-mail-status={view.mail.status}>
              {t(`billing.mail.${view.mail.status}`)} → {view.mail.to}
              {view.mail.lastError ? ` (${view.mail.lastError})` : ''}
            </span>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('billing.cod')}>
          {view.cod.shipments} · {formatMoney(view.cod.amount)}
        </Descriptions.Item>
        <Descriptions.Item label={t('billing.invoice')}>
          {view.invoice
            ? `${view.invoice.invoiceNo} · ${view.invoice.status} · ${t('billing.open')} ${formatMoney(view.invoice.open)}`
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('billing.answer')}>
          {view.answer
            ? `${view.answer.by} · ${formatInstant(view.answer.at)}${view.answer.note ? ` · ${view.answer.note}` : ''}`
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('billing.escalation')}>
          {view.escalation
            ? `${view.escalation.step} · L${view.escalation.level} · ${view.escalation.role}`
            : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Space style={{ marginBottom: 12 }}>
        <Button
          onClick={() =>
            openFile(client, `statements/${view.id}/statement.pdf`).catch((e: Error) =>
              message.error(e.message),
            )
          }
        >
          {t('billing.pdf')}
        </Button>
      </Space>

      {view.status === 'draft' && CHECKERS.includes(role) ? (
        <CheckForm
          key={view.lines.map((l) => l.check?.at ?? '').join()}
          view={view}
          onDone={done(t('billing.check.saved'))}
        />
      ) : (
        <LinesTable lines={view.lines} />
      )}
      {view.status === 'checked' && AGENTS.includes(role) && (
        <SendForm view={view} onDone={done(t('billing.send.done'))} />
      )}
      {view.status === 'sent' && AGENTS.includes(role) && (
        <AnswerForms view={view} onDone={done(t('billing.answer.recorded'))} />
      )}
      {view.status === 'invoiced' && view.invoice && SETTLERS.includes(role) && (
        <SettleDisputes statement={view} onDone={load} />
      )}
    </div>
  );
}

function PodCell({ line }: { line: StatementLine }) {
  const { t } = useI18n();
  if (!line.pod.required) return <Tag>{t('billing.pod.notRequired')}</Tag>;
  return line.pod.receivedAt ? (
    <Tag color="green">{formatInstant(line.pod.receivedAt)}</Tag>
  ) : (
    <Tag color="red">{t('billing.pod.missing')}</Tag>
  );
}

function lineColumns(t: ReturnType<typeof useI18n>['t']) {
  return [
    { title: '#', key: 'no', render: (_: unknown, l: StatementLine) => l.lineNo ?? '—' },
    { title: t('billing.waybill'), dataIndex: 'waybillNo' },
    { title: t('billing.date'), dataIndex: 'serviceDate' },
    { title: t('billing.description'), dataIndex: 'description' },
    {
      title: t('billing.amount'),
      key: 'amount',
      align: 'right' as const,
      render: (_: unknown, l: StatementLine) => formatMoney(l.amount),
    },
    {
      title: t('billing.pod'),
      key: 'pod',
      render: (_: unknown, l: StatementLine) => <PodCell line={l} />,
    },
  ];
}

function LinesTable({ lines }: { lines: StatementLine[] }) {
  const { t } = useI18n();
  return (
    <Table<StatementLine>
      size="small"
      rowKey="lineId"
      dataSource={lines}
      pagination={false}
      style={{ marginBottom: 12 }}
      columns={[
        ...lineColumns(t),
        {
          title: t('billing.check'),
          key: 'check',
          render: (_, l) =>
            l.check ? (
              <Tag color={l.check.mark === 'matched' ? 'green' : 'default'}>
                {t(`billing.mark.${l.check.mark}`)}
                {l.check.note ? ` · ${l.check.note}` : ''}
              </Tag>
            ) : (
              '—'
            ),
        },
        {
          title: t('billing.dispute'),
          key: 'dispute',
          render: (_, l) =>
            l.dispute ? (
              <Tag color={l.dispute.outcome === 'open' ? 'red' : 'default'}>
                {t(`billing.dispute.${l.dispute.outcome}`)} · {l.dispute.reason}
              </Tag>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}

/** The documents desk's check (R24): each line matched against its POD or excluded, then complete. */
function CheckForm({
  view,
  onDone,
}: {
  view: StatementView;
  onDone: (next: StatementView) => void;
}) {
  const { client } = useAuth();
  const { t } = useI18n();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<MarkValues>();
  const complete = useProblemForm<{ note?: string }>();
  const initial: MarkValues = {
    marks: view.lines.map((l) => ({
      mark: l.check?.mark,
      note: l.check?.note ?? undefined,
    })),
  };

  const saveMarks = submit(async (values) => {
    const sentIndex: number[] = [];
    const marks = view.lines.flatMap((line, i) => {
      const chosen = values.marks?.[i];
      if (!chosen?.mark) return [];
      sentIndex.push(i);
      return [{ lineId: line.lineId, mark: chosen.mark, note: chosen.note?.trim() || undefined }];
    });
    try {
      onDone(
        await client.request<StatementView>('POST', `statements/${view.id}/check-marks`, {
          body: { marks },
        }),
      );
    } catch (e) {
      throw e instanceof ApiProblem ? remapMarks(e, sentIndex) : e;
    }
  });

  return (
    <>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form form={form} onFinish={saveMarks} initialValues={initial} component="div">
        <Table<StatementLine>
          size="small"
          rowKey="lineId"
          dataSource={view.lines}
          pagination={false}
          style={{ marginBottom: 12 }}
          columns={[
            ...lineColumns(t),
            {
              title: t('billing.check'),
              key: 'mark',
              render: (_, line, i) => (
                <Space orientation="vertical" size={4} data-line-id={line.lineId}>
                  <Form.Item name={['marks', i, 'mark']} noStyle={false} style={{ margin: 0 }}>
                    <Radio.Group
                      size="small"
                      aria-label={t('billing.markOf', { waybill: line.waybillNo })}
                      options={[
                        { value: 'matched', label: t('billing.mark.matched') },
                        { value: 'excluded', label: t('billing.mark.excluded') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={['marks', i, 'note']} style={{ margin: 0 }}>
                    <Input
                      size="small"
                      placeholder={t('billing.note')}
                      aria-label={t('billing.noteOf', { waybill: line.waybillNo })}
                    />
                  </Form.Item>
                </Space>
              ),
            },
          ]}
        />
        <Space>
          <Button type="primary" onClick={() => form.submit()} loading={submitting}>
            {t('billing.check.save')}
          </Button>
        </Space>
      </Form>
      <FormProblem problem={complete.problem} elsewhere={complete.elsewhere} />
      <Form
        form={complete.form}
        layout="inline"
        style={{ marginTop: 12 }}
        onFinish={complete.submit(async (v) =>
          onDone(
            await client.request<StatementView>('POST', `statements/${view.id}/check-complete`, {
              body: { note: v.note?.trim() || undefined },
            }),
          ),
        )}
      >
        <Form.Item name="note" label={t('billing.note')}>
          <Input style={{ width: 280 }} />
        </Form.Item>
        <Button htmlType="submit" loading={complete.submitting}>
          {t('billing.check.complete')}
        </Button>
      </Form>
    </>
  );
}

/** The agent sends the checked statement: PDF + XLSX by mail with the confirmation link. */
function SendForm({
  view,
  onDone,
}: {
  view: StatementView;
  onDone: (next: StatementView) => void;
}) {
  const { client } = useAuth();
  const { t } = useI18n();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<{ email?: string }>();
  return (
    <>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="inline"
        onFinish={submit(async (v) =>
          onDone(
            await client.request<StatementView>('POST', `statements/${view.id}/send`, {
              body: { email: v.email?.trim() || undefined },
            }),
          ),
        )}
      >
        <Form.Item name="email" label={t('billing.send.email')}>
          <Input style={{ width: 280 }} placeholder={view.email ?? ''} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('billing.send')}
        </Button>
      </Form>
    </>
  );
}

/** The customer's answer taken by phone: disputed lines with reasons, or the confirmation. */
function AnswerForms({
  view,
  onDone,
}: {
  view: StatementView;
  onDone: (next: StatementView) => void;
}) {
  const { client } = useAuth();
  const { t } = useI18n();
  const dispute = useProblemForm<{ lines: { lineNo?: number; reason?: string }[] }>();
  const confirm = useProblemForm<{ note?: string }>();
  const numbered = view.lines.filter((l) => l.lineNo !== null);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5}>{t('billing.answer.dispute')}</Typography.Title>
      <FormProblem problem={dispute.problem} elsewhere={dispute.elsewhere} />
      <Form
        form={dispute.form}
        initialValues={{ lines: [{}] }}
        onFinish={dispute.submit(async (v) =>
          onDone(
            await client.request<StatementView>('POST', `statements/${view.id}/disputes`, {
              body: { lines: v.lines.map((l) => ({ lineNo: l.lineNo, reason: l.reason })) },
            }),
          ),
        )}
      >
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start">
                  <Form.Item name={[f.name, 'lineNo']} label={t('billing.line')}>
                    <Radio.Group
                      size="small"
                      options={numbered.map((l) => ({ value: l.lineNo!, label: `${l.lineNo}` }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'reason']} label={t('billing.reason')}>
                    <Input style={{ width: 260 }} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button size="small" onClick={() => remove(f.name)}>
                      {t('billing.remove')}
                    </Button>
                  )}
                </Space>
              ))}
              <Space>
                <Button size="small" onClick={() => add({})}>
                  {t('billing.addLine')}
                </Button>
                <Button htmlType="submit" loading={dispute.submitting}>
                  {t('billing.answer.recordDispute')}
                </Button>
              </Space>
            </>
          )}
        </Form.List>
      </Form>
      <Typography.Title level={5}>{t('billing.answer.confirm')}</Typography.Title>
      <FormProblem problem={confirm.problem} elsewhere={confirm.elsewhere} />
      <Form
        form={confirm.form}
        layout="inline"
        onFinish={confirm.submit(async (v) =>
          onDone(
            await client.request<StatementView>('POST', `statements/${view.id}/confirm`, {
              body: { note: v.note?.trim() || undefined },
            }),
          ),
        )}
      >
        <Form.Item name="note" label={t('billing.note')}>
          <Input style={{ width: 280 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={confirm.submitting}>
          {t('billing.answer.recordConfirm')}
        </Button>
      </Form>
    </Space>
  );
}
