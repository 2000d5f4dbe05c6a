import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Select,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../auth/auth';
import { formatInstant } from '../../format/time';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { roleName, useI18n } from '../../i18n/i18n';
import { useCauses } from './ComplaintForm';
import { callHref } from './links';
import { SubjectDeadlines } from './SubjectDeadlines';
import { type ComplaintView, OPINION_VERDICTS, REPLY_CHANNELS } from './types';
import { useLiveReload } from './use-live-reload';
import { useResource } from './use-resource';

const DESK = ['agent', 'branch-manager', 'hq-service'];
const HQ_DESK = ['hq-service', 'general-manager'];

const STEP_KINDS = [
  'registered',
  'note',
  'reply',
  'escalated',
  'resolved',
  'reopened',
  'fault',
] as const;
const isStepKind = (k: string): k is (typeof STEP_KINDS)[number] =>
  (STEP_KINDS as readonly string[]).includes(k);

type Action = 'steps' | 'reply' | 'resolve' | 'reopen' | 'annotations';

/** One of the register's actions as a small form: POST /complaints/{id}/{action}. */
function ActionForm({
  id,
  action,
  title,
  submitLabel,
  initialValues,
  children,
  onDone,
  toBody = (v) => v,
}: {
  id: string;
  action: Action;
  title: string;
  submitLabel: string;
  initialValues?: Record<string, unknown>;
  children: ReactNode;
  onDone(c: ComplaintView): void;
  toBody?: (values: Record<string, unknown>) => unknown;
}) {
  const { client } = useAuth();
  const { form, submit, submitting, problem, elsewhere } =
    useProblemForm<Record<string, unknown>>();
  return (
    <Card size="small" title={title} data-action={action}>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        name={action}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit(async (values) => {
          const answer = await client.request<ComplaintView>(
            'POST',
            `complaints/${encodeURIComponent(id)}/${action}`,
            { body: toBody(values) },
          );
          form.resetFields();
          onDone(answer);
        })}
      >
        {children}
        <Button type="primary" htmlType="submit" loading={submitting}>
          {submitLabel}
        </Button>
      </Form>
    </Card>
  );
}

const resolveBody = (v: Record<string, unknown>) => {
  const opinion = v.customerOpinion as { verdict?: string; comment?: string } | undefined;
  return {
    result: v.result ?? '',
    ...(opinion?.verdict
      ? {
          customerOpinion: {
            verdict: opinion.verdict,
            ...(opinion.comment?.trim() ? { comment: opinion.comment } : {}),
          },
        }
      : {}),
  };
};

/**
 * GET /complaints/{id}: the register of one complaint (R18) — cause, request, handling steps,
 * replies, escalations, result and the customer's opinion, its reply deadline and the ladder
 * level reached (R17); add a step, reply (the first reply stops the climb), resolve, reopen;
 * HQ annotates its copy.
 */
export function ComplaintPage({ id }: { id: string }) {
  const { principal } = useAuth();
  const { t, language } = useI18n();
  const causes = useCauses();
  const complaint = useResource<ComplaintView>(`complaints/${encodeURIComponent(id)}`);
  useLiveReload(id, complaint.reload);
  if (complaint.error)
    return (
      <Alert
        type="error"
        showIcon
        title={`${complaint.error.title} (${complaint.error.status})`}
        description={complaint.error.detail}
      />
    );
  const c = complaint.data;
  if (!c) return <Spin />;
  const role = principal?.role ?? '';
  const desk = DESK.includes(role);
  const done = (answer: ComplaintView) => complaint.set(answer);
  const causeLabel = causes.find((x) => x.code === c.cause)?.label ?? c.cause;
  const stateColor = c.state === 'open' ? 'gold' : c.state === 'replied' ? 'blue' : 'green';
  const textField = (name: string, label: string) => (
    <Form.Item name={name} label={label}>
      <Input.TextArea rows={2} />
    </Form.Item>
  );
  return (
    <Space
      direction="vertical"
      style={{ width: '100%' }}
      data-complaint={c.id}
      data-state={c.state}
    >
      <Card
        size="small"
        title={
          <h1 style={{ fontSize: 16, margin: 0 }}>
            {t('complaint.title', { id: c.id })}{' '}
            <Tag color={stateColor} data-complaint-state={c.state}>
              {t(`complaint.state.${c.state}`)}
            </Tag>
            {c.important && <Tag color="red">{t('complaint.important')}</Tag>}
          </h1>
        }
        extra={
          <Button size="small" onClick={complaint.reload}>
            {t('complaint.refresh')}
          </Button>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('complaint.caller')}>
            {c.caller.name ?? '—'} · {c.caller.phone ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.customer')}>
            {c.customer
              ? `${c.customer.company ?? ''} (${c.customer.customerId})`
              : (c.customerId ?? '—')}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.cargo.waybillNo')}>
            {c.waybillNo ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.cause')}>{causeLabel}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.description')} span={2}>
            {c.description}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.customerRequest')} span={2}>
            {c.customerRequest}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.registered')}>
            {formatInstant(c.registeredAt)} · {c.registeredBy.username}
            {c.callId && (
              <>
                {' · '}
                <Link to={callHref(c.callId)}>{t('complaint.theCall')}</Link>
              </>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.round')}>{c.round}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.replyDue')}>
            {formatInstant(c.replyDueAt)}
            {c.firstRepliedAt &&
              ` · ${t('complaint.repliedAt', { at: formatInstant(c.firstRepliedAt) })}`}
            {c.repliedWithinDeadline === false && (
              <Tag color="red" style={{ marginLeft: 4 }}>
                {t('complaint.late')}
              </Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.assignee')}>
            <span data-assignee-level={c.assignee.level}>
              {roleName(language, c.assignee.role)} {c.assignee.username ?? ''} ·{' '}
              {t('complaint.level', { level: c.assignee.level })}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.ladder')} span={2}>
            {c.ladder
              .map(
                (l) =>
                  `${l.level}. ${roleName(language, l.role)} +${l.after.replace(/^PT?/, '').toLowerCase()}`,
              )
              .join(' → ')}
          </Descriptions.Item>
          {c.result && (
            <Descriptions.Item label={t('complaint.result')} span={2}>
              {c.result}
            </Descriptions.Item>
          )}
          {c.customerOpinion && (
            <Descriptions.Item label={t('complaint.opinion')} span={2}>
              {t(`complaint.verdict.${c.customerOpinion.verdict}`)}
              {c.customerOpinion.comment && ` — ${c.customerOpinion.comment}`}
            </Descriptions.Item>
          )}
          {c.staffAtFault.length > 0 && (
            <Descriptions.Item label={t('complaint.atFault')} span={2}>
              {c.staffAtFault.map((s) => s.name ?? s.username).join(', ')}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Text strong>{t('complaint.deadlines')}: </Typography.Text>
        <SubjectDeadlines
          subjectType="complaint"
          subjectId={c.id}
          refreshKey={[c.state, c.round, c.assignee.level, c.steps.length]}
        />
        {c.survey && (
          <Alert
            type="success"
            showIcon
            style={{ marginTop: 12 }}
            title={t('complaint.survey')}
            description={<Typography.Text copyable>{c.survey.link}</Typography.Text>}
          />
        )}
      </Card>
      <Card size="small" title={t('complaint.steps')}>
        <Timeline
          items={c.steps.map((s) => ({
            color: s.kind === 'escalated' ? 'orange' : s.kind === 'reply' ? 'green' : 'blue',
            children: (
              <div data-step={s.kind}>
                <Typography.Text type="secondary">
                  {formatInstant(s.at)} · {s.by?.username ?? t('complaint.system')} ·{' '}
                  {isStepKind(s.kind) ? t(`complaint.step.${s.kind}`) : s.kind}
                </Typography.Text>
                <div>{s.text}</div>
              </div>
            ),
          }))}
        />
        {c.hqAnnotations && (
          <>
            <Typography.Title level={5}>{t('complaint.hqAnnotations')}</Typography.Title>
            {c.hqAnnotations.length === 0 && <Typography.Text type="secondary">—</Typography.Text>}
            {c.hqAnnotations.map((a) => (
              <div key={a.at + a.text} data-annotation>
                <Typography.Text type="secondary">
                  {formatInstant(a.at)} · {a.by?.username}
                </Typography.Text>{' '}
                {a.text}
              </div>
            ))}
          </>
        )}
      </Card>
      {desk && c.state !== 'closed' && (
        <Space align="start" wrap style={{ width: '100%' }}>
          <ActionForm
            id={c.id}
            action="reply"
            title={t('complaint.reply')}
            submitLabel={t('complaint.reply.submit')}
            initialValues={{ channel: 'phone' }}
            onDone={done}
          >
            {textField('text', t('complaint.reply.text'))}
            <Form.Item name="channel" label={t('complaint.reply.channel')}>
              <Select
                style={{ width: 160 }}
                aria-label={t('complaint.reply.channel')}
                options={REPLY_CHANNELS.map((v) => ({
                  value: v,
                  label: t(`complaint.channel.${v}`),
                }))}
              />
            </Form.Item>
          </ActionForm>
          <ActionForm
            id={c.id}
            action="steps"
            title={t('complaint.step.add')}
            submitLabel={t('complaint.step.submit')}
            onDone={done}
          >
            {textField('text', t('complaint.step.text'))}
          </ActionForm>
          <ActionForm
            id={c.id}
            action="resolve"
            title={t('complaint.resolve')}
            submitLabel={t('complaint.resolve.submit')}
            onDone={done}
            toBody={resolveBody}
          >
            {textField('result', t('complaint.result'))}
            <Form.Item name={['customerOpinion', 'verdict']} label={t('complaint.opinion')}>
              <Select
                allowClear
                style={{ width: 200 }}
                aria-label={t('complaint.opinion')}
                options={OPINION_VERDICTS.map((v) => ({
                  value: v,
                  label: t(`complaint.verdict.${v}`),
                }))}
              />
            </Form.Item>
            <Form.Item name={['customerOpinion', 'comment']} label={t('complaint.opinion.comment')}>
              <Input />
            </Form.Item>
          </ActionForm>
        </Space>
      )}
      {desk && c.state === 'closed' && (
        <ActionForm
          id={c.id}
          action="reopen"
          title={t('complaint.reopen')}
          submitLabel={t('complaint.reopen.submit')}
          onDone={done}
        >
          {textField('reason', t('complaint.reopen.reason'))}
        </ActionForm>
      )}
      {HQ_DESK.includes(role) && (
        <ActionForm
          id={c.id}
          action="annotations"
          title={t('complaint.annotate')}
          submitLabel={t('complaint.annotate.submit')}
          onDone={done}
        >
          {textField('text', t('complaint.annotate.text'))}
        </ActionForm>
      )}
    </Space>
  );
}
