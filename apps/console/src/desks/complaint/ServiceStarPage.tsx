import { Alert, App, Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth/auth';
import { formatInstant } from '../../format/time';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { useResource } from './use-resource';

const MANAGERS = ['branch-manager', 'hq-service', 'general-manager'];
const DESK = ['agent', 'branch-manager', 'hq-service'];

interface StarResult {
  month: string;
  branch: string;
  state: 'open' | 'closed';
  candidates: {
    id: string;
    staff: { username: string; name: string | null };
    staffVotes: number;
    customerVotes: number;
    total: number;
  }[];
  winner: { username: string; name: string | null } | null;
  closedAt: string | null;
}

/** This month in China time, `YYYY-MM`. */
export const thisMonth = (now = new Date()) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(now)
    .slice(0, 7);

/**
 * The service star of the month (R22): each branch's candidates and votes (GET /star-results),
 * a vote for one (one per member of staff and month), a nomination (managers), a customer's
 * ballot link (the desk), closing a finished month to elect the star (managers).
 */
export function ServiceStarPage() {
  const { client, principal } = useAuth();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [month, setMonth] = useState(thisMonth);
  const results = useResource<{ items: StarResult[] }>('star-results', { month });
  const role = principal?.role ?? '';
  const nominate = useProblemForm<{
    staff: { username?: string; name?: string };
    reason?: string;
  }>();
  const ballot = useProblemForm<{ customerId?: string }>();
  const [link, setLink] = useState<string>();
  const [refusal, setRefusal] = useState<string>();

  const act = async (method: string, path: string, done: string) => {
    setRefusal(undefined);
    try {
      await client.request(method, path, { body: {} });
      message.success(done);
      results.reload();
    } catch (e) {
      const p = e as { title?: string; detail?: string; status?: number };
      setRefusal(`${p.title ?? ''} (${p.status ?? ''}) ${p.detail ?? ''}`);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-page="service-star">
      <Card
        size="small"
        title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('complaint.star.title')}</h1>}
        extra={
          <Input.Search
            size="small"
            style={{ width: 180 }}
            aria-label={t('complaint.star.month')}
            defaultValue={month}
            enterButton={t('complaint.star.show')}
            onSearch={(v) => v.trim() && setMonth(v.trim())}
          />
        }
      >
        {refusal && (
          <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={refusal} />
        )}
        {results.error && (
          <Alert
            type="error"
            showIcon
            title={`${results.error.title} (${results.error.status})`}
            description={results.error.detail}
          />
        )}
        {(results.data?.items ?? []).map((r) => (
          <Card
            key={r.branch}
            size="small"
            type="inner"
            style={{ marginBottom: 12 }}
            title={`${r.branch} · ${r.month}`}
            extra={
              r.state === 'closed' ? (
                <Tag color="green">
                  {t('complaint.star.winner', {
                    name: r.winner?.name ?? r.winner?.username ?? '—',
                  })}{' '}
                  · {formatInstant(r.closedAt)}
                </Tag>
              ) : (
                MANAGERS.includes(role) && (
                  <Button
                    size="small"
                    onClick={() =>
                      act(
                        'POST',
                        `star-elections/${r.branch}/${r.month}/close`,
                        t('complaint.star.closed'),
                      )
                    }
                  >
                    {t('complaint.star.close')}
                  </Button>
                )
              )
            }
          >
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={r.candidates}
              columns={[
                {
                  title: t('complaint.star.candidate'),
                  key: 'name',
                  render: (_, c) => c.staff.name ?? c.staff.username,
                },
                { title: t('complaint.star.staffVotes'), dataIndex: 'staffVotes' },
                { title: t('complaint.star.customerVotes'), dataIndex: 'customerVotes' },
                { title: t('complaint.star.total'), dataIndex: 'total' },
                {
                  title: '',
                  key: 'vote',
                  render: (_, c) =>
                    r.state === 'open' && (
                      <Button
                        size="small"
                        type="link"
                        onClick={() =>
                          act('POST', `star-candidates/${c.id}/votes`, t('complaint.star.voted'))
                        }
                      >
                        {t('complaint.star.vote')}
                      </Button>
                    ),
                },
              ]}
            />
          </Card>
        ))}
        {results.data && results.data.items.length === 0 && (
          <Typography.Text type="secondary">{t('complaint.star.none')}</Typography.Text>
        )}
      </Card>
      <Space align="start" wrap>
        {MANAGERS.includes(role) && (
          <Card size="small" title={t('complaint.star.nominate')} data-form="star-candidate">
            <FormProblem problem={nominate.problem} elsewhere={nominate.elsewhere} />
            <Form
              form={nominate.form}
              name="nominate"
              layout="vertical"
              onFinish={nominate.submit(async (v) => {
                await client.request('POST', 'star-candidates', {
                  body: {
                    month,
                    staff: { username: v.staff?.username ?? '', name: v.staff?.name || undefined },
                    reason: v.reason ?? '',
                  },
                });
                nominate.form.resetFields();
                message.success(t('form.saved'));
                results.reload();
              })}
            >
              <Form.Item name={['staff', 'username']} label={t('complaint.star.username')}>
                <Input />
              </Form.Item>
              <Form.Item name={['staff', 'name']} label={t('complaint.star.name')}>
                <Input />
              </Form.Item>
              <Form.Item name="reason" label={t('complaint.star.reason')}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={nominate.submitting}>
                {t('complaint.star.nominate')}
              </Button>
            </Form>
          </Card>
        )}
        {DESK.includes(role) && (
          <Card size="small" title={t('complaint.star.ballot')} data-form="star-ballot">
            <FormProblem problem={ballot.problem} elsewhere={ballot.elsewhere} />
            <Form
              form={ballot.form}
              name="ballot"
              layout="vertical"
              onFinish={ballot.submit(async (v) => {
                const answer = await client.request<{ link: string }>('POST', 'star-ballots', {
                  body: { month, customerId: v.customerId ?? '' },
                });
                setLink(answer.link);
              })}
            >
              <Form.Item name="customerId" label={t('complaint.customerId')}>
                <Input />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={ballot.submitting}>
                {t('complaint.star.ballotSubmit')}
              </Button>
            </Form>
            {link && (
              <Typography.Paragraph copyable style={{ marginTop: 12 }}>
                {link}
              </Typography.Paragraph>
            )}
          </Card>
        )}
      </Space>
    </Space>
  );
}
