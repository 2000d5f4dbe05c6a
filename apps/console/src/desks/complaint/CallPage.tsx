import { Alert, Button, Card, Descriptions, Form, Input, Space, Spin, Tag } from 'antd';
import { Link } from 'react-router';
import { useClient } from '../../auth/auth';
import { formatInstant } from '../../format/time';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { roleName, useI18n } from '../../i18n/i18n';
import { complaintHref, newComplaintHref } from './links';
import { SubjectDeadlines } from './SubjectDeadlines';
import type { CallView } from './types';
import { useLiveReload } from './use-live-reload';
import { useResource } from './use-resource';

/**
 * GET /calls/{id}: one call (R15, R16, R12) — its answer clock and ladder, the order a cargo
 * lookup asked about; answer it (POST /calls/{id}/answer) or turn it into a complaint.
 */
export function CallPage({ id }: { id: string }) {
  const client = useClient();
  const { t, language } = useI18n();
  const call = useResource<CallView>(`calls/${encodeURIComponent(id)}`);
  useLiveReload(id, call.reload);
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<{ answer: string }>();
  if (call.error)
    return (
      <Alert
        type="error"
        showIcon
        title={`${call.error.title} (${call.error.status})`}
        description={call.error.detail}
      />
    );
  const c = call.data;
  if (!c) return <Spin />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-call={c.id}>
      <Card
        size="small"
        title={
          <h1 style={{ fontSize: 16, margin: 0 }}>
            {t('complaint.call.title', { kind: t(`complaint.kind.${c.kind}`) })}
          </h1>
        }
        extra={
          <Space>
            {c.complaintId ? (
              <Link to={complaintHref(c.complaintId)}>
                {t('complaint.call.toComplaint', { id: c.complaintId })}
              </Link>
            ) : (
              <Link to={newComplaintHref(c)} data-action="to-complaint">
                {t('complaint.call.makeComplaint')}
              </Link>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('complaint.caller')}>
            {c.caller.name ?? '—'} · {c.caller.phone ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.customer')}>
            {c.customer ? `${c.customer.company ?? ''} (${c.customer.customerId})` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.call.summary')}>{c.summary}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.call.outcome')}>
            {c.outcome ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.call.startedAt')}>
            {formatInstant(c.startedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.call.agent')}>
            {c.agent.username}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.call.answer')}>
            <Space size={4} wrap>
              <Tag
                color={c.answer.state === 'awaiting' ? 'gold' : 'green'}
                data-answer-state={c.answer.state}
              >
                {t(`complaint.answer.${c.answer.state}`)}
              </Tag>
              {c.answer.dueAt && t('complaint.deadline.due', { at: formatInstant(c.answer.dueAt) })}
              {c.answer.withinDeadline === false && <Tag color="red">{t('complaint.late')}</Tag>}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.assignee')}>
            {roleName(language, c.assignee.role)} {c.assignee.username ?? ''} ·{' '}
            {t('complaint.level', { level: c.assignee.level })}
          </Descriptions.Item>
          {c.answer.text && (
            <Descriptions.Item label={t('complaint.call.answerText')} span={2}>
              {c.answer.text} ({c.answer.answeredBy?.username}, {formatInstant(c.answer.answeredAt)}
              )
            </Descriptions.Item>
          )}
        </Descriptions>
        <SubjectDeadlines subjectType="call" subjectId={c.id} refreshKey={c.answer.state} />
      </Card>
      {c.cargo && (
        <Card size="small" title={t('complaint.cargo.title')}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('complaint.cargo.shipDate')}>
              {c.cargo.shipDate}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaint.cargo.waybillNo')}>
              {c.cargo.waybillNo ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaint.cargo.lane')}>
              {c.cargo.origin} → {c.cargo.destination}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaint.cargo.packaging')}>
              {c.cargo.packaging ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaint.cargo.features')}>
              {c.cargo.cargoFeatures ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaint.cargo.shortage')}>
              {c.cargo.shortage ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaint.cargo.order')} span={3}>
              {c.cargo.order
                ? `${c.cargo.order.orderId} · ${c.cargo.order.waybillNo} · ${c.cargo.order.origin} → ${c.cargo.order.destination} · ${formatInstant(c.cargo.order.placedAt)}${c.cargo.order.cancelled ? ` · ${t('complaint.cargo.cancelled')}` : ''}`
                : t('complaint.cargo.orderUnknown')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {c.answer.state === 'awaiting' && (
        <Card size="small" title={t('complaint.call.answerTitle')}>
          <FormProblem problem={problem} elsewhere={elsewhere} />
          <Form
            form={form}
            layout="vertical"
            onFinish={submit(async (values) => {
              call.set(
                await client.request<CallView>('POST', `calls/${encodeURIComponent(c.id)}/answer`, {
                  body: values,
                }),
              );
            })}
          >
            <Form.Item name="answer" label={t('complaint.call.answerText')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={submitting}>
              {t('complaint.call.answerSubmit')}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
