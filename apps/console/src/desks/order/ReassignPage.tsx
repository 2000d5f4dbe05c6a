import { App, Button, Card, Checkbox, Form, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { usePagedList } from '../../admin/use-paged-list';
import type { StaffAccount } from '../../api/types';
import { useClient } from '../../auth/auth';
import { formatInstant } from '../../format/time';
import { FormProblem, useProblemForm } from '../../forms/problem-form';
import { useI18n } from '../../i18n/i18n';
import { DueIn } from './parts';
import type { Inquiry } from './types';

const AGENT_FIELDS = { 'agent.userId': 'agent', 'agent.username': 'agent' };

/** The form of one reassignment: which agent of the branch gets the inquiry's answer (R3). */
export function ReassignForm({ inquiry, onDone }: { inquiry: Inquiry; onDone: () => void }) {
  const { t } = useI18n();
  const client = useClient();
  const { message } = App.useApp();
  const agents = usePagedList<StaffAccount>('admin/users', { role: 'agent', limit: 100 });
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<{ agent: string }>(
    AGENT_FIELDS,
  );
  const choices = agents.items.filter((a) => !a.disabled && a.id !== inquiry.assignedTo.userId);
  return (
    <>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit(async ({ agent }) => {
          const chosen = agents.items.find((a) => a.id === agent);
          await client.request(
            'POST',
            `inquiries/${encodeURIComponent(inquiry.inquiryId)}/reassign`,
            {
              body: { agent: { userId: agent, username: chosen?.username ?? agent } },
            },
          );
          message.success(
            t('order.reassign.done', {
              id: inquiry.inquiryId,
              username: chosen?.username ?? agent,
            }),
          );
          onDone();
        })}
      >
        <Form.Item name="agent" label={t('order.reassign.to')} rules={[{ required: true }]}>
          <Select
            loading={agents.loading}
            showSearch={{ optionFilterProp: 'label' }}
            options={choices.map((a) => ({
              value: a.id,
              label: `${a.displayName} (${a.username})`,
            }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('order.reassign.submit')}
        </Button>
      </Form>
    </>
  );
}

/**
 * /desk/reassign — the branch manager's list of the branch's unanswered quote inquiries with
 * their 8-hour clock and the levels it reached (R3, R39), escalated ones first to hand; each can
 * go to another agent of the branch (`POST /inquiries/{id}/reassign`).
 */
export function ReassignPage() {
  const { t } = useI18n();
  const [escalatedOnly, setEscalatedOnly] = useState(true);
  const [status, setStatus] = useState<'open' | 'needs-analysis'>('open');
  const list = usePagedList<Inquiry>('inquiries', {
    status,
    escalated: escalatedOnly ? 'true' : undefined,
    limit: 50,
  });
  const [chosen, setChosen] = useState<Inquiry>();
  return (
    <Card
      size="small"
      data-desk-page="reassign"
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('order.reassign.title')}</h1>}
      extra={
        <>
          <Select
            size="small"
            value={status}
            onChange={setStatus}
            aria-label={t('order.status')}
            style={{ width: 160, marginRight: 8 }}
            options={[
              { value: 'open', label: t('order.inquiry.status.open') },
              { value: 'needs-analysis', label: t('order.inquiry.status.needs-analysis') },
            ]}
          />
          <Checkbox checked={escalatedOnly} onChange={(e) => setEscalatedOnly(e.target.checked)}>
            {t('order.reassign.escalatedOnly')}
          </Checkbox>
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t('order.reassign.intro')}</Typography.Paragraph>
      {list.error && <FormProblem problem={list.error} elsewhere={[]} />}
      <Table<Inquiry>
        size="small"
        rowKey="inquiryId"
        loading={list.loading}
        dataSource={list.items}
        pagination={false}
        locale={{ emptyText: t('order.reassign.none') }}
        columns={[
          { title: 'ID', dataIndex: 'inquiryId' },
          { title: t('order.customer'), dataIndex: 'company' },
          {
            title: t('order.inquiry.receivedAt'),
            dataIndex: 'receivedAt',
            render: formatInstant,
          },
          {
            title: t('order.reassign.assignedTo'),
            key: 'assignedTo',
            render: (_, i) => i.assignedTo.username,
          },
          {
            title: t('order.inquiry.answerDue'),
            key: 'due',
            render: (_, i) => <DueIn dueAt={i.answerDueAt} />,
          },
          {
            title: t('order.reassign.levels'),
            key: 'levels',
            render: (_, i) =>
              i.escalations.map((e) => (
                <Tag key={e.level} color="orange">
                  {e.level} · {e.role}
                </Tag>
              )),
          },
          {
            title: '',
            key: 'action',
            render: (_, i) => (
              <Button size="small" onClick={() => setChosen(i)} data-reassign={i.inquiryId}>
                {t('order.reassign.action')}
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
      <Modal
        open={!!chosen}
        title={chosen ? `${t('order.reassign.action')} ${chosen.inquiryId}` : ''}
        footer={null}
        onCancel={() => setChosen(undefined)}
        destroyOnHidden
      >
        {chosen && (
          <ReassignForm
            inquiry={chosen}
            onDone={() => {
              setChosen(undefined);
              list.reload();
            }}
          />
        )}
      </Modal>
    </Card>
  );
}
